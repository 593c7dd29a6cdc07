#include "app/PaneText.h"

#include "alignment/EndOfSentence.h"
#include "app/ExampleSentences.h"
#include "app/WhatIfState.h"
#include "view/ColorMaps.h"
#include "view/LogProbText.h"

#include <QColor>
#include <QObject>
#include <QStringList>

namespace attnviz::ui {
namespace {

// What the model did not get to: words beyond what it reads, and a
// decoding that stopped at the length limit before emitting </s>.
QStringList limit_notes(const Alignment& shown, bool follows_sentence) {
  QStringList notes;
  if (shown.source_tokens_dropped > 0) {
    notes << QObject::tr("%n word(s) beyond %1 not read", nullptr, shown.source_tokens_dropped).arg(kMaxSourceTokens);
  }
  if (follows_sentence && shown.rows() > 0 && target_word_count(shown) == shown.rows()) {
    notes << QObject::tr("stopped at the length limit, no </s>").toHtmlEscaped();
  }
  for (QString& note : notes) note = QStringLiteral("<span style='color:%1'>%2</span>").arg(QColor(kUnreadColor).name(), note);
  return notes;
}

}  // namespace

// "additive attention  additive-en-fr", the name left out when it only
// repeats the score function (the shipped "additive"); a file's matrix
// says it is imported and keeps the score function when the file names
// one (our own exports).
QString header_html(const ModelInfo& info, bool follows_sentence) {
  const QString model = QString::fromStdString(info.name).toHtmlEscaped();
  const QString name = QStringLiteral("<span style='color:gray'>%1</span>").arg(model);
  const QString score = QString::fromStdString(info.score).toHtmlEscaped();
  if (info.kind == "transformer") return QObject::tr("<b>Transformer</b> (%1, every layer and head) &nbsp;%2").arg(score, name);
  if (follows_sentence && score == model) return QObject::tr("<b>%1</b> attention").arg(score);
  if (follows_sentence) return QObject::tr("<b>%1</b> attention &nbsp;%2").arg(score, name);
  if (score.isEmpty()) return QObject::tr("<b>imported</b> attention matrix &nbsp;%1").arg(name);
  return QObject::tr("<b>imported</b> %1 attention &nbsp;%2").arg(score, name);
}

QString translation_line(const Alignment& shown, bool follows_sentence, const WhatIfState& what_if,
                         const QString& own_translation) {
  if (!follows_sentence) {
    if (!shown.translation.empty()) return QString::fromStdString(shown.translation);
    const auto& rows = shown.target_tokens;
    return QString::fromStdString(joined({rows.begin(), rows.begin() + target_word_count(shown)}));
  }
  const QString text = QString::fromStdString(shown.translation);
  if (what_if.active() && shown.mode == DecodeMode::Forced) {
    return QObject::tr("what if %1: forced %2 · log p %3, was %4")
        .arg(what_if.description(), text, format_logprob(shown.logprob), format_logprob(what_if.own().logprob));
  }
  if (what_if.active()) {
    return QObject::tr("what if %1: %2 · model: %3")
        .arg(what_if.description(), text, QString::fromStdString(what_if.own().translation));
  }
  if (shown.mode != DecodeMode::Forced) return text;
  if (own_translation.isEmpty()) return QObject::tr("forced: %1").arg(text);
  if (own_translation == text) return QObject::tr("forced: %1 · the model's own translation too").arg(text);
  return QObject::tr("forced: %1 · model: %2").arg(text, own_translation);
}

// Log-probability only where a decoder gave step probabilities: a file's
// matrix has none, and 0 would read as certainty.
QString statistics_line(const PaneFacts& facts) {
  QStringList parts = limit_notes(facts.shown, facts.follows_sentence);
  if (!facts.original.steps.empty()) parts << QObject::tr("log p %1").arg(format_logprob(facts.original.logprob));
  parts << QObject::tr("mean entropy %1 nats").arg(facts.mean_entropy, 0, 'f', 2);
  if (facts.aer) parts << QObject::tr("AER %1").arg(*facts.aer, 0, 'f', 2);
  if (facts.shown.beam_width > 1) parts << QObject::tr("beam %1").arg(facts.shown.beam_width);
  if (facts.end_of_sentence_hidden) parts << QObject::tr("</s> hidden, rows renormalised").toHtmlEscaped();
  if (facts.what_if) parts << QObject::tr("<a href=\"back\">back to the model's own</a>");
  return parts.join(QStringLiteral(" · "));
}

}  // namespace attnviz::ui
