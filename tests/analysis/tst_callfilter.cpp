// "Only my code": which frames are the application's own, and how hidden frames fold.
#include "testprofiles.h"

#include "models/analysis/callfilter.h"

#include <QTest>

using namespace eg;
using analysis::CallFilter;

namespace {

store::Frame frame(const char *name, const char *file, const char *module = "", int8_t inApp = -1)
{
    store::Frame f;
    f.name = name;
    f.file = file;
    f.module = module;
    f.inApp = inApp;
    return f;
}

} // namespace

class TestCallFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternsDecideOwnership()
    {
        const CallFilter filter(CallFilter::defaultPatterns());
        QVERIFY(filter.isOwnCode(frame("handler", "/srv/app/src/handler.js")));
        QVERIFY(!filter.isOwnCode(frame("get", "/srv/app/node_modules/lodash/get.js")));
        QVERIFY(!filter.isOwnCode(frame("listOnTimeout", "node:internal/timers")));
        QVERIFY(!filter.isOwnCode(frame("std::vector<int>::push_back", "")));
        QVERIFY(!filter.isOwnCode(frame("memcpy", "", "libc.so.6")));
        // inApp decides where no pattern speaks; unknown counts as own code.
        QVERIFY(!filter.isOwnCode(frame("helper", "src/helper.cpp", "", 0)));
        QVERIFY(filter.isOwnCode(frame("helper", "src/helper.cpp", "", 1)));
        // "+pattern" marks own code and wins over everything else.
        const CallFilter mine({QStringLiteral("*/node_modules/*"),
                               QStringLiteral("+*/node_modules/my-lib/*"), QStringLiteral("  ")});
        QCOMPARE(mine.patterns().size(), 2);
        QVERIFY(mine.isOwnCode(frame("f", "/a/node_modules/my-lib/f.js", "", 0)));
        QVERIFY(!mine.isOwnCode(frame("g", "/a/node_modules/other/g.js", "", 1)));
    }

    void foldsHiddenFramesIntoNearestVisibleCaller()
    {
        // Frames named lib* are library code (inApp 0) in these hand-made profiles.
        const auto profile = tests::profileFromFolded({
            QStringLiteral("libstart;main;libio;parse 4"), // hidden at the root and between
            QStringLiteral("libstart;main;libio 3"), // hidden leaf: main's own time now
            QStringLiteral("libstart;libboot 2"), // nothing visible: "(other code)"
            QStringLiteral("main;render 1"),
            QStringLiteral(" 5"), // idle stays idle
        });
        const CallFilter filter;
        const auto filtered = filter.apply(profile);
        const analysis::CallTree tree(filtered);
        QCOMPARE(tests::treeAsText(tree, filtered),
                 QStringLiteral("all 10/0\n"
                                "  main 8/3\n"
                                "    parse 4/4\n"
                                "    render 1/1\n"
                                "  (other code) 2/2\n"));
        QCOMPARE(tree.idleWeight(), 5.0);
        QCOMPARE(filtered.sampleCount(), profile.sampleCount());
        QCOMPARE(filtered.frames.size(), profile.frames.size() + 1);
        // buildTree is the same thing in one call; the unfiltered tree is untouched.
        QCOMPARE(filter.buildTree(profile).totalWeight(), 10.0);
        QCOMPARE(analysis::CallTree(profile).maxDepth(), 4);
    }

    void userPatternsHideMoreFrames()
    {
        const auto profile = tests::profileFromFolded({
            QStringLiteral("main;render;draw 3"),
            QStringLiteral("main;parse 2"),
        });
        const CallFilter filter({QStringLiteral("src/render*")});
        const auto filtered = filter.apply(profile);
        QCOMPARE(tests::treeAsText(analysis::CallTree(filtered), filtered),
                 QStringLiteral("all 5/0\n"
                                "  main 5/0\n"
                                "    draw 3/3\n"
                                "    parse 2/2\n"));
        // Nothing hidden, nothing changes, and no "(other code)" frame is added.
        const auto same = CallFilter().apply(profile);
        QCOMPARE(same.frames.size(), profile.frames.size());
        QCOMPARE(tests::treeAsText(analysis::CallTree(same), same),
                 tests::treeAsText(analysis::CallTree(profile), profile));
    }
};

int runCallFilterTests(int argc, char *argv[])
{
    TestCallFilter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_callfilter.moc"
