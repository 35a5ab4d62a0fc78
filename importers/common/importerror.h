#pragma once

#include <QString>

#include <cstdint>
#include <exception>

namespace eg::importers {

// Bad input: says which file, where in it, and what was expected there. The CLI prints
// it as one line `emberglass: FILE: what is wrong (where)`; the GUI shows it in a dialog.
class ImportError : public std::exception
{
public:
    enum class Location { None, Offset, Line };

    explicit ImportError(QString message)
        : m_message(std::move(message))
    { }
    static ImportError atOffset(QString message, int64_t offset)
    {
        ImportError e(std::move(message));
        e.m_location = Location::Offset;
        e.m_position = offset;
        return e;
    }
    static ImportError atLine(QString message, int64_t line)
    {
        ImportError e(std::move(message));
        e.m_location = Location::Line;
        e.m_position = line;
        return e;
    }

    QString message() const { return m_message; }
    Location location() const { return m_location; }
    int64_t position() const { return m_position; }
    QString fileName() const { return m_fileName; }
    void setFileName(const QString &name) { m_fileName = name; }

    // "what is wrong (where)", without the file name.
    QString describe() const
    {
        switch (m_location) {
        case Location::Offset:
            return m_message + QStringLiteral(" (at byte %1)").arg(m_position);
        case Location::Line:
            return m_message + QStringLiteral(" (line %1)").arg(m_position);
        case Location::None:
            break;
        }
        return m_message;
    }

    const char *what() const noexcept override { return "eg::importers::ImportError"; }

private:
    QString m_message;
    QString m_fileName;
    Location m_location = Location::None;
    int64_t m_position = 0;
};

// Thrown from ImportContext::checkCancelled(): the user pressed Cancel.
class ImportCancelled : public std::exception
{
public:
    const char *what() const noexcept override { return "import cancelled"; }
};

} // namespace eg::importers
