#include "app/GuideDialog.h"

#include "model/ScoreFunction.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace attnviz::ui {
namespace {

const char* const kScoreTablePlace = "<!-- score functions -->";

QString score_table() {
  QString rows;
  for (ScoreFunction score : kAllScoreFunctions) {
    rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(QString::fromUtf8(to_string(score)), QString::fromUtf8(equation(score)).toHtmlEscaped());
  }
  return QStringLiteral("<table cellpadding='4'>%1</table>").arg(rows);
}

}  // namespace

QString guide_html() {
  QFile file(QStringLiteral(":/help/guide.html"));
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll()).replace(QLatin1String(kScoreTablePlace), score_table());
}

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent), page_(new QTextBrowser(this)) {
  setWindowTitle(tr("attnviz guide"));
  page_->setObjectName(QStringLiteral("guide"));
  page_->setOpenExternalLinks(true);
  page_->setHtml(guide_html());
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(page_);
  layout->addWidget(buttons);
  resize(720, 760);
}

}  // namespace attnviz::ui
