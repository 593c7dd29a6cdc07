// The document window's examples: one per class, taken from the default
// corpus's validation split, typed so that the classifier reads back exactly the
// sentences their gold evidence names.
#include "classification/HanModel.h"
#include "corpus/DocumentClasses.h"
#include "corpus/DocumentCorpus.h"
#include "corpus/ExampleDocuments.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

namespace attnviz {
namespace {

TEST(ExampleDocumentsTest, thereIsOneExamplePerClassInClassOrder) {
  const std::vector<ExampleDocument> examples = example_documents();
  ASSERT_EQ(examples.size(), document_classes().size());
  for (size_t label = 0; label < examples.size(); ++label) EXPECT_EQ(examples[label].document.label, int(label));
}

// Valid is drawn first, so the default corpus's valid split does not depend
// on the other splits' sizes: leaving them out keeps the test quick.
TEST(ExampleDocumentsTest, everyExampleIsAValidationDocumentOfTheDefaultCorpus) {
  DocumentCorpusOptions options;
  options.train = options.test = options.longer = 0;
  const DocumentCorpus corpus = generate_document_corpus(options);
  for (const ExampleDocument& example : example_documents()) {
    const auto same = [&](const LabelledDocument& document) {
      return document.sentences == example.document.sentences && document.label == example.document.label &&
             document.evidence_sentences == example.document.evidence_sentences &&
             document.evidence_words == example.document.evidence_words;
    };
    EXPECT_TRUE(std::any_of(corpus.valid.begin(), corpus.valid.end(), same)) << example.text;
  }
}

TEST(ExampleDocumentsTest, theTypedTextReadsBackIntoTheDocumentsSentences) {
  for (const ExampleDocument& example : example_documents()) {
    EXPECT_EQ(document_sentences(example.text), example.document.sentences) << example.text;
    ASSERT_FALSE(example.text.empty());
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(example.text[0]))) << example.text;
    EXPECT_EQ(example.text.find(" ?"), std::string::npos) << example.text;
    EXPECT_FALSE(example.document.evidence_words.empty()) << example.text;
  }
}

TEST(ExampleDocumentsTest, documentTextCapitalisesEachSentenceAndGluesPunctuation) {
  LabelledDocument document;
  document.sentences = {{"where", "is", "the", "sweater", "?"}, {"the", "girls", "call", "cats", "."}};
  EXPECT_EQ(document_text(document), "Where is the sweater? The girls call cats.");
}

}  // namespace
}  // namespace attnviz
