// Comparing two profiles as a user does it: import two files, select both in the sources
// list, press Compare, read what changed.
#include "app/importjob.h"
#include "app/mainwindow.h"

#include "models/item/sourcesmodel.h"
#include "views/diffpage.h"
#include "views/flamegraphview.h"
#include "views/profilepanel.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace eg::app;

class TestCompare : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void comparesTwoSelectedSources()
    {
        // Folded stacks count samples; the same number in both files keeps the figures
        // absolute.
        const QString before = writeFile(QStringLiteral("before.folded"),
                                         "main;parse_json 5\nmain;render 3\nmain 2\n");
        const QString after
            = writeFile(QStringLiteral("after.folded"),
                        "main;parse_json 7\nmain;render 1\nmain 1\nmain;new_fn 1\n");
        MainWindow window(m_dir.filePath(QStringLiteral("cache.sqlite")));
        window.show();
        window.openFiles({before, after});
        QTRY_COMPARE(window.sourcesModel()->rowCount(), 2);
        QTRY_VERIFY(!window.importJob()->isRunning());
        QTRY_VERIFY(!window.profilePanel()->isLoading());
        QVERIFY(!window.compareAction()->isEnabled());

        QTreeView *list = window.sourcesView();
        list->selectionModel()->select(window.sourcesModel()->index(0, 0),
                                       QItemSelectionModel::ClearAndSelect
                                           | QItemSelectionModel::Rows);
        list->selectionModel()->select(window.sourcesModel()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(window.compareAction()->isEnabled());
        window.compareAction()->trigger();

        auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
        QCOMPARE(pages->currentWidget(), window.diffPage());
        QTRY_VERIFY(!window.diffPage()->isLoading());
        QCOMPARE(window.diffPage()->summaryText(),
                 QStringLiteral("`parse_json` grew by 2 samples (+40%); `render` shrank by 2 "
                                "samples (\u221267%)."));
        QVERIFY(window.diffPage()->scalingText().startsWith(QStringLiteral("Absolute figures")));
        QVERIFY(window.diffPage()->table()->model()->rowCount() >= 4);
        QVERIFY(window.diffPage()->flameGraph()->tree() != nullptr);
        QVERIFY(!window.diffPage()->flameGraph()->legend().empty());
    }

private:
    QTemporaryDir m_dir;
};

int runCompareTests(int argc, char *argv[])
{
    TestCompare test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_compare.moc"
