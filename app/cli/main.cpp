#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("emberglass"));
    QCoreApplication::setApplicationName(QStringLiteral("emberglass"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return eg::app::CliCommands().run(arguments);
}
