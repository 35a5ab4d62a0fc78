#include "profilesummarypanel.h"

#include "plainwordshtml.h"

#include "models/analysis/profilesummary.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace eg::views {

namespace {

// `name` → bold name; the rest escaped, so that frame names cannot inject markup.
} // namespace

ProfileSummaryPanel::ProfileSummaryPanel(QWidget *parent)
    : QWidget(parent)
{
    m_toggle = new QToolButton(this);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAccessibleName(tr("Summary in sentences"));

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Summary in sentences"));
    // Indented under the arrow, so the sentences read as the toggle's content.
    m_text->setContentsMargins(fontMetrics().averageCharWidth() * 3, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);

    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    updateToggle();
    setSummary(nullptr);
}

void ProfileSummaryPanel::setSummary(const analysis::ProfileSummary *summary)
{
    m_sentences = summary ? summary->sentences() : QStringList();
    QString html;
    for (const QString &sentence : std::as_const(m_sentences))
        html += QStringLiteral("<li>") + PlainWordsHtml::boldNames(sentence)
            + QStringLiteral("</li>");
    m_text->setText(html.isEmpty() ? QString()
                                   : QStringLiteral("<ul style=\"margin-left: 0; "
                                                    "-qt-list-indent: 1\">")
                            + html + QStringLiteral("</ul>"));
    setVisible(!m_sentences.isEmpty());
}

void ProfileSummaryPanel::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    updateToggle();
    Q_EMIT expandedChanged(expanded);
}

void ProfileSummaryPanel::updateToggle()
{
    m_text->setVisible(m_expanded);
    m_toggle->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setText(m_expanded ? tr("Hide the summary") : tr("Show the summary"));
    m_toggle->setToolTip(m_expanded ? tr("Fold the summary away, keeping the headline")
                                    : tr("Show the profile's figures in a few sentences"));
}

} // namespace eg::views
