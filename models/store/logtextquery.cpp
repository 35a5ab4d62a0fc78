#include "logtextquery.h"

#include "logtokenizer.h"

#include <QStringList>

namespace eg::store {

LogTextQuery::LogTextQuery(const QString &text)
{
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        std::vector<std::string> parts = LogTokenizer::words(word.toStdString());
        if (!parts.empty())
            m_phrases.push_back(std::move(parts));
    }
}

std::string LogTextQuery::blockQuery() const
{
    // The block index keeps no positions, so a phrase becomes its words, each required;
    // matches() checks that they stand side by side.
    std::string query;
    for (size_t p = 0; p < m_phrases.size(); ++p) {
        for (size_t w = 0; w < m_phrases[p].size(); ++w) {
            if (LogTokenizer::hasDigit(m_phrases[p][w]))
                continue;
            if (!query.empty())
                query += ' ';
            query += '"' + m_phrases[p][w] + '"'; // tokenizer output holds no quotes
            if (p + 1 == m_phrases.size() && w + 1 == m_phrases[p].size())
                query += '*';
        }
    }
    return query;
}

std::vector<std::string> LogTextQuery::numberWords() const
{
    std::vector<std::string> words;
    for (const std::vector<std::string> &phrase : m_phrases)
        for (const std::string &word : phrase)
            if (LogTokenizer::hasDigit(word))
                words.push_back(word);
    return words;
}

bool LogTextQuery::matches(std::string_view line) const
{
    if (m_phrases.empty())
        return false;
    // Most lines are ASCII: folded in one pass, a line lacking one of the words as text
    // is done with, and the words of the others are views into the folded copy.
    m_scratch.assign(line);
    const bool ascii = LogTokenizer::foldAscii(m_scratch);
    m_lineWords.clear();
    if (ascii) {
        for (const std::vector<std::string> &phrase : m_phrases)
            for (const std::string &word : phrase)
                if (m_scratch.find(word) == std::string::npos)
                    return false;
        LogTokenizer::forEachRun(m_scratch,
                                 [&](std::string_view word, bool) { m_lineWords.push_back(word); });
    } else {
        m_unicodeWords = LogTokenizer::words(line);
        m_lineWords.assign(m_unicodeWords.begin(), m_unicodeWords.end());
    }
    const size_t lineSize = m_lineWords.size();
    for (size_t p = 0; p < m_phrases.size(); ++p) {
        const std::vector<std::string> &phrase = m_phrases[p];
        const bool prefixLast = p + 1 == m_phrases.size();
        bool found = false;
        for (size_t start = 0; !found && start + phrase.size() <= lineSize; ++start) {
            found = true;
            for (size_t w = 0; found && w < phrase.size(); ++w) {
                const std::string_view have = m_lineWords[start + w];
                const bool last
                    = prefixLast && w + 1 == phrase.size() && !LogTokenizer::hasDigit(phrase[w]);
                found = last ? have.substr(0, phrase[w].size()) == phrase[w] : have == phrase[w];
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace eg::store
