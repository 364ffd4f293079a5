#include "ui/policyeditor/ReplayPage.h"

#include "ui/widgets/EmptyStateLabel.h"

#include "ui/policyeditor/ReplayChangeModel.h"

#include "core/publishing/DraftReplay.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace custos {
namespace {

// Each step works for about this long, in small pages, so input is never starved however costly
// one interaction is to decrypt, parse and scan.
constexpr qint64 StepBudgetMs = 15;
constexpr int EventsPerPage = 25;

} // namespace

ReplayPage::ReplayPage(QWidget *parent)
    : QWidget(parent)
    , m_changes(new ReplayChangeModel(this))
    , m_days(new QSpinBox)
    , m_run(new QPushButton(tr("Replay")))
    , m_progress(new QProgressBar)
    , m_summary(new QLabel)
    , m_table(new QTableView)
{
    m_days->setRange(1, 3650);
    m_days->setAccessibleName(tr("Days to replay"));
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_run->setObjectName(QStringLiteral("replayRun"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("Replays the draft against recorded interactions and lists every decision it would change."));
    m_table->setObjectName(QStringLiteral("replayChanges"));
    m_table->setAccessibleName(tr("Changed decisions"));
    m_table->setModel(m_changes);
    EmptyStateLabel::attach(m_table,
                            tr("No changed decisions to show. Press Replay: every recorded interaction "
                               "the draft would decide differently is listed here."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT interactionActivated(m_changes->seqAt(index.row())); });
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Replay the draft against the last")));
    controls->addWidget(m_days);
    controls->addWidget(m_run);
    controls->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ReplayPage::step);
    connect(m_run, &QPushButton::clicked, this, [this] { isRunning() ? cancel() : start(); });
}

ReplayPage::~ReplayPage() = default;

void ReplayPage::setStore(std::shared_ptr<EvidenceStore> store)
{
    if (isRunning())
        cancel();
    m_replay.reset(); // it refers to the old store
    m_store = std::move(store);
}

void ReplayPage::setDraft(std::shared_ptr<const PolicyEngine> draft)
{
    if (isRunning())
        cancel();
    m_draft = std::move(draft);
    m_run->setEnabled(m_draft != nullptr);
}

void ReplayPage::setDays(int days)
{
    m_days->setValue(days);
}

QString ReplayPage::summary() const
{
    return m_summary->text();
}

void ReplayPage::start()
{
    if (!m_store || !m_draft) {
        m_summary->setText(tr("The draft must be a valid policy to replay it."));
        return;
    }
    m_changes->clear();
    m_replay = std::make_unique<DraftReplay>(*m_store, m_draft,
                                             QDateTime::currentDateTimeUtc().addDays(-m_days->value()));
    m_run->setText(tr("Cancel"));
    m_progress->setVisible(true);
    m_timer.start();
}

void ReplayPage::cancel()
{
    stop(tr("Cancelled after %1 interactions; %2 decisions would change so far.")
             .arg(m_replay ? m_replay->examined() : 0)
             .arg(m_changes->rowCount()));
}

void ReplayPage::step()
{
    QElapsedTimer budget;
    budget.start();
    auto more = m_replay->step(EventsPerPage);
    while (more && *more && budget.elapsed() < StepBudgetMs)
        more = m_replay->step(EventsPerPage);
    if (!more) {
        stop(tr("The replay stopped: %1").arg(more.error().toString()));
        return;
    }
    m_changes->catchUp(m_replay->changes());
    m_summary->setText(tr("%n interaction(s) examined…", nullptr, int(m_replay->examined())));
    if (*more)
        return;
    QString summary = tr("%1 interactions in the last %2 days; the draft would change %3 decisions.")
                          .arg(m_replay->examined())
                          .arg(m_days->value())
                          .arg(m_changes->rowCount());
    if (m_replay->skipped() > 0)
        summary += u' ' + tr("%n could not be replayed (payload erased, or no request recorded).", nullptr,
                             int(m_replay->skipped()));
    stop(summary);
}

void ReplayPage::stop(const QString &summary)
{
    m_timer.stop();
    m_progress->setVisible(false);
    m_run->setText(tr("Replay"));
    m_summary->setText(summary);
    Q_EMIT finished();
}

} // namespace custos
