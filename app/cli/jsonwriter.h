#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace eg::app {

// A small streaming JSON writer that keeps keys in the order they are written, so the
// CLI's summary reads in the order CLI.md documents (QJsonObject would sort them).
class JsonWriter
{
public:
    explicit JsonWriter(int indent = 2);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(std::string_view name);

    JsonWriter &value(std::string_view text);
    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *text) { return value(std::string_view(text)); }
    JsonWriter &value(int64_t number);
    JsonWriter &value(int number) { return value(int64_t(number)); }
    // Whole numbers print without a fraction; others in their shortest exact form.
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);

    const std::string &text() const { return m_out; }

private:
    void beforeValue();
    void writeString(std::string_view text);
    void newline();

    std::string m_out;
    int m_indent;
    // One entry per open container: whether it has an element yet.
    std::vector<bool> m_hasElement;
    bool m_afterKey = false;
};

} // namespace eg::app
