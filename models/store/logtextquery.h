#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace eg::store {

// The words a user searches logs for, with FTS5's meaning: every word must appear in the
// line, a word with punctuation inside ("eu-west-1") is its parts side by side, and the
// last word may be the start of a longer one ("decl" finds "declined"), unless it has a
// digit: numbers and ids match whole ("4821" does not find "48213").
//
// The index answers which blocks of lines hold all the words without digits somewhere
// (blockQuery()), each block's Bloom filter whether it may hold the words with digits
// (numberWords()); matches() then decides each line of those blocks.
class LogTextQuery
{
public:
    explicit LogTextQuery(const QString &text);

    // No word at all (blank text, or only punctuation): nothing matches.
    bool isEmpty() const { return m_phrases.empty(); }
    // The FTS5 query over the blocks' word lists: each word without digits quoted, all
    // required, the last a prefix. Empty when every word has a digit.
    std::string blockQuery() const;
    // The words with digits, which the blocks' number filters must all hold.
    std::vector<std::string> numberWords() const;
    bool matches(std::string_view line) const;

private:
    // Each searched word as the words the tokenizer makes of it.
    std::vector<std::vector<std::string>> m_phrases;
    // The line's words, views into the folded line or into m_unicodeWords.
    mutable std::vector<std::string_view> m_lineWords;
    mutable std::vector<std::string> m_unicodeWords;
    mutable std::string m_scratch;
};

} // namespace eg::store
