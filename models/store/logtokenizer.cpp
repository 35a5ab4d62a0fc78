#include "logtokenizer.h"

#include <QString>

namespace eg::store {

std::vector<std::string> LogTokenizer::words(std::string_view text)
{
    std::vector<std::string> result;
    std::string scratch;
    forEachWord(text, scratch, [&](std::string_view word) { result.emplace_back(word); });
    return result;
}

void LogTokenizer::foldUnicode(std::string_view run, std::vector<std::string> *words)
{
    // Decomposed, an accented letter is its base letter and combining marks, which
    // unicode61 drops ("café" is found by "cafe").
    const QString text = QString::fromUtf8(run.data(), qsizetype(run.size()))
                             .normalized(QString::NormalizationForm_D);
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words->push_back(word.toCaseFolded().toStdString());
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber() || c.isSurrogate())
            word += c;
        else
            flush();
    }
    flush();
}

} // namespace eg::store
