// The English plural forms (translations/emberglass_en.ts): every text with %n that the
// German translation knows has a singular and a plural here, so that no English reader
// sees "1 traces" or "span(s)", and the compiled forms are what tr() returns.
#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// context + '\n' + source of every live %n message in a .ts file, with its forms.
QHash<QString, QStringList> numerusMessages(const QString &path)
{
    QHash<QString, QStringList> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList forms;
    bool numerus = false;
    bool live = true;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                forms.clear();
                live = true;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                live = type != QLatin1String("vanished") && type != QLatin1String("obsolete");
            } else if (name == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && name == QLatin1String("message") && numerus && live) {
            messages.insert(context + QLatin1Char('\n') + source, forms);
        }
    }
    return messages;
}

} // namespace

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private slots:
    void everyPluralTextHasItsEnglishForms()
    {
        const QString dir = QStringLiteral(EG_TRANSLATIONS_SOURCE_DIR);
        const auto german = numerusMessages(dir + QStringLiteral("/emberglass_de.ts"));
        const auto english = numerusMessages(dir + QStringLiteral("/emberglass_en.ts"));
        QVERIFY(!german.isEmpty());
        for (auto it = german.cbegin(); it != german.cend(); ++it) {
            QVERIFY2(english.contains(it.key()),
                     qPrintable(QStringLiteral("emberglass_en.ts lacks the English forms of: ")
                                + it.key()));
            const QStringList forms = english.value(it.key());
            QCOMPARE(forms.size(), 2);
            QVERIFY2(!forms[0].isEmpty() && !forms[1].isEmpty(), qPrintable(it.key()));
            QVERIFY2(!forms[0].contains(QLatin1String("(s)"))
                         && !forms[1].contains(QLatin1String("(s)")),
                     qPrintable(it.key()));
        }
    }

    void compiledFormsAreWhatTrReturns()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(EG_TRANSLATIONS_BUILD_DIR "/emberglass_en.qm")));
        QCOMPARE(english.translate("eg::views::TraceListPage", "%n traces in %1.", nullptr, 1),
                 QStringLiteral("%n trace in %1."));
        QVERIFY(QCoreApplication::installTranslator(&english));
        QCOMPARE(QCoreApplication::translate("SpanTree",
                                             "%n span(s) end before they start; they are shown "
                                             "with zero duration.",
                                             nullptr, 1),
                 QStringLiteral("1 span ends before it starts; it is shown with zero duration."));
        QCOMPARE(QCoreApplication::translate("SpanTree",
                                             "%n span(s) end before they start; they are shown "
                                             "with zero duration.",
                                             nullptr, 3),
                 QStringLiteral("3 spans end before they start; they are shown with zero "
                                "duration."));
        QCoreApplication::removeTranslator(&english);
    }
};

int runEnglishPluralTests(int argc, char *argv[])
{
    TestEnglishPlurals test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_englishplurals.moc"
