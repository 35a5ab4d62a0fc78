#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eg::store {

// Splits log text into the words full-text search finds, the way SQLite's unicode61
// tokenizer does: runs of letters and digits, every other character a separator, folded
// to lower case, accents removed. ASCII text, nearly every log line, takes a fast path
// that needs no Unicode tables; a run with other characters goes through Qt's.
//
// The log store uses it twice and both must agree with FTS5: to list each block's
// distinct words for the index, and to check a line against the words searched for.
class LogTokenizer
{
public:
    // Calls run(std::string_view, bool ascii) for every run of `text` between ASCII
    // separators: a word when `ascii`, one or more words for foldUnicode() otherwise.
    template<class RunFunction> static void forEachRun(std::string_view text, RunFunction &&run)
    {
        const size_t n = text.size();
        size_t i = 0;
        while (i < n) {
            while (i < n && isSeparator(uint8_t(text[i])))
                ++i;
            const size_t start = i;
            bool ascii = true;
            while (i < n && !isSeparator(uint8_t(text[i]))) {
                ascii &= uint8_t(text[i]) < 0x80;
                ++i;
            }
            if (i > start)
                run(text.substr(start, i - start), ascii);
        }
    }

    // Calls word(std::string_view) for every word of `text`, in order. The view lives
    // until the next call; `scratch` holds folded text.
    template<class WordFunction>
    static void forEachWord(std::string_view text, std::string &scratch, WordFunction &&word)
    {
        forEachRun(text, [&](std::string_view run, bool ascii) {
            if (ascii) {
                scratch.assign(run);
                foldAscii(scratch);
                word(std::string_view(scratch));
                return;
            }
            std::vector<std::string> words;
            foldUnicode(run, &words);
            for (const std::string &w : words) {
                scratch = w;
                word(std::string_view(scratch));
            }
        });
    }

    static std::vector<std::string> words(std::string_view text);

    // 'A'..'Z' to 'a'..'z' in place, without a branch a byte; other bytes stay. Returns
    // whether the text was all ASCII.
    static bool foldAscii(std::string &text)
    {
        bool ascii = true;
        for (char &c : text) {
            ascii &= uint8_t(c) < 0x80;
            c = char(c + ((uint8_t(c - 'A') < 26) << 5));
        }
        return ascii;
    }

    // Words with a digit (numbers, ids, "42ms") take as many values as there are lines:
    // the log store keeps them out of the word index, in a Bloom filter per block, and a
    // search matches them whole.
    static bool hasDigit(std::string_view word)
    {
        for (const char c : word)
            if (c >= '0' && c <= '9')
                return true;
        return false;
    }

private:
    // ASCII letters and digits are word characters; bytes of other characters are too
    // until foldUnicode() looks at them.
    static bool isSeparator(uint8_t c)
    {
        return c < 0x80
            && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
    static void foldUnicode(std::string_view run, std::vector<std::string> *words);
};

} // namespace eg::store
