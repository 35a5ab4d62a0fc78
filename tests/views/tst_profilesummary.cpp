// The summary in sentences, from small hand-made profiles with known answers, and the
// panel that shows it.
#include "tests/analysis/testprofiles.h"

#include "models/analysis/profilesummary.h"
#include "views/profilesummarypanel.h"

#include <QLabel>
#include <QTest>

using namespace eg;
using analysis::ProfileSummary;

namespace {

ProfileSummary summaryOf(const QStringList &lines,
                         store::WeightUnit unit = store::WeightUnit::Milliseconds)
{
    const store::ProfileData profile = tests::profileFromFolded(lines, unit);
    const analysis::CallTree tree(profile);
    return ProfileSummary(profile, tree);
}

// testprofiles marks names starting with "lib" as library code, the rest as the app's.
QStringList loadConfigLines()
{
    return {QStringLiteral("main;load_config;libjson_parse;libjson_scan 5"),
            QStringLiteral("main;load_config 1"), QStringLiteral("main;render 3"),
            QStringLiteral("main 1"), QStringLiteral(" 2")};
}

} // namespace

class TestProfileSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void saysTotalHeaviestPathAndBoundary()
    {
        const ProfileSummary s = summaryOf(loadConfigLines());
        QCOMPARE(s.totalSentence(), QStringLiteral("The profile covers 12 ms in 5 samples."));
        QCOMPARE(s.heaviestSentence(),
                 QStringLiteral("Functions with the most time in their own code: "
                                "`libjson_scan` (50%, 5 ms), `render` (30%, 3 ms), and "
                                "`load_config` (10%, 1 ms)."));
        QCOMPARE(s.pathSentence(),
                 QStringLiteral("The heaviest path from the top of the stack down is `main` → "
                                "`load_config` → `libjson_parse` → `libjson_scan`; 50% of the "
                                "time goes all the way down it."));
        QCOMPARE(s.boundarySentence(),
                 QStringLiteral("On that path the app's own code ends at `load_config`, which "
                                "calls into library code (`libjson_parse`)."));
        QCOMPARE(s.sentences().size(), 4);
    }

    void shortensLongPathsInTheMiddle()
    {
        const QStringList names {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"),
                                 QStringLiteral("g")};
        QCOMPARE(ProfileSummary::shortenedPath(names), QStringLiteral("a → b → … → e → f → g"));
        QCOMPARE(ProfileSummary::shortenedPath(names.mid(0, 6)),
                 QStringLiteral("a → b → c → d → e → f"));
        QCOMPARE(ProfileSummary::shortenedPath(names, 4), QStringLiteral("a → … → f → g"));
    }

    void saysNothingAboutTheBoundaryWhenUnknown()
    {
        store::ProfileData profile = tests::profileFromFolded(loadConfigLines());
        for (auto &frame : profile.frames)
            frame.inApp = -1;
        const analysis::CallTree tree(profile);
        const ProfileSummary s(profile, tree);
        QVERIFY(s.boundarySentence().isEmpty());
        QCOMPARE(s.lastAppFrame(), -1);
        QCOMPARE(s.sentences().size(), 3);
    }

    void appCodeAllTheWayDown()
    {
        const ProfileSummary s = summaryOf({QStringLiteral("main;work 3")});
        QCOMPARE(s.boundarySentence(),
                 QStringLiteral("On that path the app's own code reaches all the way down to "
                                "`work`."));
    }

    void speaksInTheProfilesUnit()
    {
        const ProfileSummary bytes
            = summaryOf({QStringLiteral("main;alloc 1500000")}, store::WeightUnit::Bytes);
        QCOMPARE(bytes.totalSentence(),
                 QStringLiteral("The profile records 1.5 MB of memory in 1 sample."));
        const ProfileSummary counts = summaryOf(
            {QStringLiteral("main;a 3"), QStringLiteral("main 1")}, store::WeightUnit::None);
        QCOMPARE(counts.totalSentence(), QStringLiteral("The profile holds 4 samples."));
        QVERIFY(counts.heaviestSentence().contains(QStringLiteral("`a` (75%, 3 samples)")));
    }

    void emptyProfileSaysOnlyTheTotal()
    {
        const ProfileSummary s = summaryOf({QStringLiteral(" 4")});
        QCOMPARE(s.sentences(),
                 QStringList {QStringLiteral("The profile covers 4 ms in 1 sample.")});
    }

    void panelShowsBoldNamesAndFolds()
    {
        const ProfileSummary s = summaryOf(loadConfigLines());
        views::ProfileSummaryPanel panel;
        panel.setSummary(&s);
        QCOMPARE(panel.sentences(), s.sentences());
        const QString html = panel.textLabel()->text();
        QVERIFY(html.contains(QStringLiteral("<b>libjson_scan</b>")));
        QVERIFY(!html.contains(QLatin1Char('`')));
        panel.show();
        QVERIFY(panel.textLabel()->isVisible());
        panel.setExpanded(false);
        QVERIFY(!panel.textLabel()->isVisible());
        panel.setSummary(nullptr);
        QVERIFY(panel.isHidden());
    }

    void namesCannotInjectMarkup()
    {
        const ProfileSummary s = summaryOf({QStringLiteral("<i>main</i>;b 1")});
        views::ProfileSummaryPanel panel;
        panel.setSummary(&s);
        QVERIFY(panel.textLabel()->text().contains(QStringLiteral("&lt;i&gt;main&lt;/i&gt;")));
    }
};

int runProfileSummaryTests(int argc, char *argv[])
{
    TestProfileSummary test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_profilesummary.moc"
