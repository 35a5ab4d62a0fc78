#pragma once

#include "models/item/errordetails.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace eg::views {

// What the app did just before an error (Sentry's breadcrumbs), as a small timeline
// read top to bottom: each step with how long before the error it happened, a dot in its
// level's colour, its category and what it said, ending with the error itself.
class BreadcrumbTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit BreadcrumbTimeline(QWidget *parent = nullptr);

    // `crumbs` oldest first; `errorSeconds` the error's time (since the epoch), from which
    // the steps' times are counted; `errorTitle` names the last row.
    void setBreadcrumbs(const QList<itemmodels::ErrorBreadcrumb> &crumbs,
                        std::optional<double> errorSeconds, const QString &errorTitle);

    // The rows as shown, top to bottom, "time · category · text" (for tests and copying).
    QStringList rowTexts() const;
    // The dot of the row at this index: its centre in widget coordinates.
    QPoint dotCentre(int row) const;
    static QColor levelColour(const QString &level);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    // A step's whole text and data, which the row may have cut short.
    bool event(QEvent *event) override;

private:
    struct Row
    {
        QString time;
        QString category;
        QString text;
        QString level;
        QString details; // the tooltip: category, level, message and data, one per line
    };
    int rowHeight() const;
    int timeColumnWidth() const;
    int categoryColumnWidth() const;

    QList<Row> m_rows;
};

} // namespace eg::views
