#include "clicommands.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Flame graph pictures are painted by the GUI's own view, which needs a QApplication;
    // the offscreen platform keeps the CLI free of any display even then (CLI.md).
    std::unique_ptr<QCoreApplication> app;
    if (eg::app::CliCommands::needsGui(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("emberglass"));
    QCoreApplication::setApplicationName(QStringLiteral("emberglass"));
    return eg::app::CliCommands().run(arguments);
}
