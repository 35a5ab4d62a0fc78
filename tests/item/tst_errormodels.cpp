// The errors list models (groups and their events) under QAbstractItemModelTester, and the
// error details read the way the error page shows them, over events like the Sentry SDK's.
#include "models/item/errordetails.h"
#include "models/item/erroreventlistmodel.h"
#include "models/item/errorgroupmodel.h"
#include "models/store/cache.h"
#include "models/store/errorreader.h"
#include "tests/support/testerrorevents.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QTemporaryDir>
#include <QTest>

using eg::itemmodels::ErrorDetails;
using eg::itemmodels::ErrorEventListModel;
using eg::itemmodels::ErrorGroupModel;
using eg::store::Cache;
using eg::store::ErrorReader;
using eg::testsupport::TestErrorEvents;

class TestErrorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("errors.sqlite"));
        TestErrorEvents::write(m_path);
    }

    void groupsSortByEveryColumn()
    {
        Cache cache(m_path);
        ErrorGroupModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(ErrorReader(cache).groups());
        QCOMPARE(model.rowCount(), TestErrorEvents::kGroups);
        QCOMPARE(model.columnCount(), int(ErrorGroupModel::ColumnCount));
        // Most frequent first until the user sorts.
        QCOMPARE(model.index(0, ErrorGroupModel::TypeColumn).data().toString(),
                 QStringLiteral("PaymentDeclinedError"));
        QCOMPARE(model.index(0, ErrorGroupModel::CountColumn).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(model.index(1, ErrorGroupModel::TypeColumn).data().toString(),
                 QStringLiteral("Message"));
        QCOMPARE(model.index(1, ErrorGroupModel::MessageColumn).data().toString(),
                 QStringLiteral("inventory sync lagging by 14 minutes"));
        QVERIFY(model.index(0, ErrorGroupModel::TypeColumn)
                    .data(ErrorGroupModel::LatestEventRole)
                    .toLongLong()
                > 0);
        QVERIFY(!model.headerData(ErrorGroupModel::LastSeenColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString()
                     .isEmpty());

        const QPersistentModelIndex typeError
            = model.index(model.rowOfGroup(QStringLiteral("TypeError: Cannot read receipt: server "
                                                          "said \"Checkout failed: payment "
                                                          "provider declined the charge\"")),
                          ErrorGroupModel::MessageColumn);
        QVERIFY(typeError.isValid());
        for (int column = 0; column < ErrorGroupModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                for (int row = 1; row < model.rowCount(); ++row) {
                    const QVariant before
                        = model.index(row - 1, column).data(ErrorGroupModel::SortValueRole);
                    const QVariant after
                        = model.index(row, column).data(ErrorGroupModel::SortValueRole);
                    const int compared = QVariant::compare(before, after) == QPartialOrdering::Less
                        ? -1
                        : (QVariant::compare(before, after) == QPartialOrdering::Greater ? 1 : 0);
                    QVERIFY(order == Qt::AscendingOrder ? compared <= 0 : compared >= 0);
                }
                // The persistent index follows its group.
                QVERIFY(typeError.data().toString().startsWith(QLatin1String("Cannot read")));
            }
        }
        model.sort(ErrorGroupModel::FirstSeenColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ErrorGroupModel::TypeColumn).data().toString(),
                 QStringLiteral("PaymentDeclinedError"));
        model.setGroups({});
        QCOMPARE(model.rowCount(), 0);
    }

    void eventsOfAGroupWithTheirTraces()
    {
        Cache cache(m_path);
        ErrorReader reader(cache);
        ErrorEventListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(reader.eventsOfGroup(reader.groups().front().groupKey));
        QCOMPARE(model.rowCount(), 3);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, ErrorEventListModel::TraceColumn).toString(),
                 QStringLiteral("trace 6d12df59"));
        QCOMPARE(
            cell(0, ErrorEventListModel::TraceColumn, ErrorEventListModel::TraceIdRole).toString(),
            QLatin1String(TestErrorEvents::kCheckoutTrace));
        QCOMPARE(cell(2, ErrorEventListModel::TraceColumn).toString(), QStringLiteral("none"));
        QCOMPARE(cell(2, ErrorEventListModel::ReleaseColumn).toString(),
                 QStringLiteral("sdkdata-node-app@1.0.1"));
        QCOMPARE(cell(0, ErrorEventListModel::EnvironmentColumn).toString(),
                 QStringLiteral("capture"));
        QCOMPARE(cell(1, ErrorEventListModel::LevelColumn).toString(), QStringLiteral("error"));
        QVERIFY(cell(0, ErrorEventListModel::TimeColumn).toString() < cell(1, 0).toString());
        QVERIFY(cell(0, 0, ErrorEventListModel::EventRowRole).toLongLong() > 0);
    }

    void detailsReadOutermostFirstAndNewestFrameFirst()
    {
        Cache cache(m_path);
        ErrorReader reader(cache);
        const auto event = reader.eventsOfGroup(reader.groups().front().groupKey).front();
        const ErrorDetails details
            = ErrorDetails::parse(event.details, QString::fromStdString(event.type));
        QCOMPARE(details.exceptions.size(), 2);
        QCOMPARE(details.exceptions[0].type, QStringLiteral("PaymentDeclinedError"));
        QCOMPARE(details.exceptions[1].type, QStringLiteral("RangeError"));
        QCOMPARE(details.exceptions[1].mechanism, QStringLiteral("chained"));
        QCOMPARE(details.exceptions[0].handled, std::optional<bool>(true));
        const auto &frames = details.exceptions[0].frames;
        QCOMPARE(frames.size(), 6);
        QCOMPARE(frames.front().function, QStringLiteral("validateCart"));
        QCOMPARE(frames.front().location(), QStringLiteral("app.mjs:153"));
        QVERIFY(frames.front().inApp);
        QCOMPARE(frames.front().preContext.size(), 5);
        QCOMPARE(frames.back().function, QStringLiteral("processTicksAndRejections"));
        QVERIFY(!frames.back().inApp);
        QCOMPARE(details.breadcrumbs.size(), 5);
        QCOMPARE(details.breadcrumbs.front().message, QStringLiteral("starting seed 1"));
        QCOMPARE(details.breadcrumbs[1].level, QStringLiteral("info")); // none given
        QCOMPARE(details.breadcrumbs[3].level, QStringLiteral("warning"));
        QVERIFY(details.breadcrumbs[3].data.contains(
            {QStringLiteral("status_code"), QStringLiteral("404")}));
        QVERIFY(*details.breadcrumbs[0].timeSeconds < *details.breadcrumbs[4].timeSeconds);
        QCOMPARE(details.tags.front(),
                 qMakePair(QStringLiteral("checkout.step"), QStringLiteral("validate")));
        QVERIFY(
            details.contexts.contains({QStringLiteral("runtime.name"), QStringLiteral("node")}));
        QVERIFY(details.contexts.contains({QStringLiteral("cart.items"), QStringLiteral("2")}));
        QCOMPARE(details.transaction, QStringLiteral("POST /api/checkout"));

        // A chain already outermost first (an importer that reversed it) stays so; junk
        // reads as nothing.
        const ErrorDetails reversed
            = ErrorDetails::parse("{\"exceptions\":[{\"type\":\"Outer\"},{\"type\":\"Inner\"}],"
                                  "\"breadcrumbs\":[{\"timestamp\":\"2026-11-24T19:12:43.500Z\"}]}",
                                  QStringLiteral("Outer"));
        QCOMPARE(reversed.exceptions.front().type, QStringLiteral("Outer"));
        QCOMPARE(*reversed.breadcrumbs.front().timeSeconds, 1795547563.5);
        QVERIFY(ErrorDetails::parse("not json").exceptions.isEmpty());
        // Frames in Sentry's own shape read the same.
        const ErrorDetails sentryShape = ErrorDetails::parse(
            "{\"exceptions\":[{\"type\":\"E\",\"stacktrace\":{\"frames\":["
            "{\"filename\":\"/srv/a.js\",\"lineno\":7,\"colno\":3,\"in_app\":true}]}}]}");
        QCOMPARE(sentryShape.exceptions.front().frames.front().location(),
                 QStringLiteral("a.js:7"));
        QCOMPARE(sentryShape.exceptions.front().frames.front().column, 3);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

int runErrorModelTests(int argc, char *argv[])
{
    TestErrorModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_errormodels.moc"
