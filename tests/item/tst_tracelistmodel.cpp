#include "models/item/tracelistmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QTest>

using eg::itemmodels::TraceListModel;
using eg::store::TraceInfo;

namespace {

TraceInfo trace(const char *id, const char *root, std::vector<std::string> services,
                int64_t startMs, int64_t durationMs, int64_t spans, int64_t errors)
{
    TraceInfo info;
    info.traceId = id;
    info.rootName = root;
    info.roots = {root};
    info.services = std::move(services);
    info.startNs = startMs * 1'000'000;
    info.endNs = (startMs + durationMs) * 1'000'000;
    info.spanCount = spans;
    info.errorCount = errors;
    return info;
}

std::vector<TraceInfo> threeTraces()
{
    return {trace("aa01", "GET /api/orders", {"frontend", "orders"}, 1000, 830, 42, 1),
            trace("bb02", "POST /checkout", {"frontend", "payments-api"}, 500, 120, 7, 0),
            trace("cc03", "nightly report", {"batch"}, 2000, 65'000, 1200, 3)};
}

QStringList names(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

QStringList column(const TraceListModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestTraceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        TraceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTraces(threeTraces());
        model.sort(TraceListModel::DurationColumn, Qt::DescendingOrder);
        model.setFilter(QStringLiteral("frontend"));
        model.sort(TraceListModel::RootColumn);
        model.setFilter(QString(), true);
        model.setTraces({});
        QCOMPARE(model.rowCount(), 0);
    }

    void showsFiguresWithUnits()
    {
        TraceListModel model;
        model.setTraces(threeTraces());
        // Start order by default.
        QCOMPARE(column(model, TraceListModel::RootColumn),
                 names({"POST /checkout", "GET /api/orders", "nightly report"}));
        QCOMPARE(column(model, TraceListModel::DurationColumn),
                 names({"120 ms", "830 ms", "1 min 5 s"}));
        QCOMPARE(column(model, TraceListModel::ServicesColumn).at(1),
                 QStringLiteral("frontend, orders"));
        QCOMPARE(column(model, TraceListModel::ErrorsColumn), names({"", "1", "3"}));
        QCOMPARE(model.index(0, 0).data(TraceListModel::TraceIdRole).toString(),
                 QStringLiteral("bb02"));
        QCOMPARE(model.index(2, TraceListModel::DurationColumn)
                     .data(TraceListModel::SortValueRole)
                     .toLongLong(),
                 qint64(65'000'000'000));
    }

    void sortsAndKeepsSelections()
    {
        TraceListModel model;
        model.setTraces(threeTraces());
        const QPersistentModelIndex checkout = model.index(0, TraceListModel::RootColumn);
        model.sort(TraceListModel::DurationColumn, Qt::DescendingOrder);
        QCOMPARE(column(model, TraceListModel::RootColumn),
                 names({"nightly report", "GET /api/orders", "POST /checkout"}));
        QCOMPARE(checkout.row(), 2);
        QCOMPARE(checkout.data().toString(), QStringLiteral("POST /checkout"));
        model.sort(TraceListModel::SpansColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, TraceListModel::SpansColumn), names({"7", "42", "1,200"}));
        model.sort(TraceListModel::ErrorsColumn, Qt::DescendingOrder);
        QCOMPARE(model.traceAt(0)->traceId, std::string("cc03"));
    }

    void filtersByWordsAndErrors()
    {
        TraceListModel model;
        model.setTraces(threeTraces());
        model.setFilter(QStringLiteral("FRONTEND payments"));
        QCOMPARE(column(model, TraceListModel::RootColumn), names({"POST /checkout"}));
        model.setFilter(QStringLiteral("cc03"));
        QCOMPARE(model.visibleCount(), 1);
        model.setFilter(QString(), true);
        QCOMPARE(column(model, TraceListModel::RootColumn),
                 names({"GET /api/orders", "nightly report"}));
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.rowOfTrace(QStringLiteral("cc03")), 1);
        QCOMPARE(model.rowOfTrace(QStringLiteral("bb02")), -1);
    }
};

int runTraceListModelTests(int argc, char *argv[])
{
    TestTraceListModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tracelistmodel.moc"
