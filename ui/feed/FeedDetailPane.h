#pragma once

#include "ui/feed/FeedEntry.h"

#include <QTextBrowser>

namespace custos {

// The pane under the feed describing the selected decision. It shows the row's own fields at
// once; whoever answers DecisionFeedView::entryActivated can add the full story (prompt and
// response with hits, policy version, exception) through showDetail().
class FeedDetailPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit FeedDetailPane(QWidget *parent = nullptr);

    void showEntry(const FeedEntry &entry);
    // Appends rich detail for seq; ignored when another entry has been selected meanwhile.
    void showDetail(qint64 seq, const QString &html);
    void clearEntry();
    qint64 shownSeq() const { return m_seq; }

private:
    QString summaryHtml(const FeedEntry &entry) const;

    qint64 m_seq = -1;
    QString m_summary;
};

} // namespace custos
