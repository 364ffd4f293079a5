#include "ui/evidence/EvidenceEventsPage.h"

#include "ui/evidence/EvidenceTableModel.h"
#include "ui/explain/ExplainDialog.h"
#include "ui/widgets/DecisionChipDelegate.h"
#include "ui/widgets/EmptyStateLabel.h"

#include "core/evidence/EvidenceStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace custos {
namespace {

QLineEdit *filterField(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setAccessibleName(placeholder); // the hint is the field's only label
    field->setClearButtonEnabled(true);
    return field;
}

} // namespace

EvidenceEventsPage::EvidenceEventsPage(std::shared_ptr<const EvidenceStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_model(new EvidenceTableModel(this))
{
    m_text = filterField(QStringLiteral("evidence-text"), tr("Words in prompts and responses"), this);
    m_service = filterField(QStringLiteral("evidence-service"), tr("Service"), this);
    m_user = filterField(QStringLiteral("evidence-user"), tr("User"), this);
    m_decision = filterField(QStringLiteral("evidence-decision"), tr("Decision"), this);
    m_rule = filterField(QStringLiteral("evidence-rule"), tr("Rule"), this);
    m_exception = filterField(QStringLiteral("evidence-exception"), tr("Exception id"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("evidence-kind"));
    m_kind->addItem(tr("All kinds"));
    for (EventKind kind : {EventKind::Interaction, EventKind::Approval, EventKind::Exception,
                           EventKind::PolicyPublish, EventKind::Admin, EventKind::Retention})
        m_kind->addItem(eventKindName(kind), int(kind));
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setObjectName(QStringLiteral("evidence-search"));
    searchButton->setDefault(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 3);
    for (QWidget *field : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_service),
                           static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_decision),
                           static_cast<QWidget *>(m_rule), static_cast<QWidget *>(m_exception)})
        filters->addWidget(field, 1);
    filters->addWidget(searchButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("evidence-table"));
    m_table->setAccessibleName(tr("Evidence events"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(EvidenceTableModel::Decision, new DecisionChipDelegate(m_table));
    EmptyStateLabel::attach(m_table, tr("No events match. Change or clear the filters and press Search."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("evidence-detail"));
    m_detail->setAccessibleName(tr("Selected event"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select an event to see it in full, with its chain hashes."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_newer = new QPushButton(tr("Newer"), this);
    m_newer->setObjectName(QStringLiteral("evidence-newer"));
    m_older = new QPushButton(tr("Older"), this);
    m_older->setObjectName(QStringLiteral("evidence-older"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("evidence-status"));
    m_explain = new QPushButton(tr("Explain"), this);
    m_explain->setObjectName(QStringLiteral("evidenceExplain"));
    m_explain->setToolTip(tr("The interaction's decision, rules, hits, policy version, exception and "
                             "chain position, as custosctl explain shows them"));
    m_explain->setEnabled(false);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_status, 1);
    paging->addWidget(m_explain);
    paging->addWidget(m_newer);
    paging->addWidget(m_older);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(paging);

    connect(searchButton, &QPushButton::clicked, this, &EvidenceEventsPage::search);
    for (QLineEdit *field : {m_text, m_service, m_user, m_decision, m_rule, m_exception})
        connect(field, &QLineEdit::returnPressed, this, &EvidenceEventsPage::search);
    connect(m_older, &QPushButton::clicked, this, &EvidenceEventsPage::showOlder);
    connect(m_newer, &QPushButton::clicked, this, &EvidenceEventsPage::showNewer);
    connect(m_explain, &QPushButton::clicked, this, &EvidenceEventsPage::explainSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvidenceEventsPage::showDetail);
    m_newer->setEnabled(false);
    m_older->setEnabled(false);
}

EvidenceQuery EvidenceEventsPage::queryFromFields() const
{
    EvidenceQuery query;
    query.text = m_text->text().trimmed();
    query.service = m_service->text().trimmed();
    query.user = m_user->text().trimmed();
    query.decision = m_decision->text().trimmed();
    query.rule = m_rule->text().trimmed();
    query.exceptionId = m_exception->text().trimmed();
    if (m_kind->currentIndex() > 0)
        query.kind = EventKind(m_kind->currentData().toInt());
    query.limit = PageSize;
    return query;
}

void EvidenceEventsPage::showException(const QString &exceptionId)
{
    for (QLineEdit *field : {m_text, m_service, m_user, m_decision, m_rule})
        field->clear();
    m_kind->setCurrentIndex(0);
    m_exception->setText(exceptionId);
    search();
}

void EvidenceEventsPage::search()
{
    m_query = queryFromFields();
    m_cursors = {0};
    load(0);
}

void EvidenceEventsPage::showOlder()
{
    if (m_nextCursor == 0)
        return;
    m_cursors.append(m_nextCursor);
    load(m_nextCursor);
}

void EvidenceEventsPage::showNewer()
{
    if (m_cursors.size() < 2)
        return;
    m_cursors.removeLast();
    load(m_cursors.last());
}

void EvidenceEventsPage::load(qint64 cursor)
{
    EvidenceQuery query = m_query;
    query.afterSeq = cursor;
    auto page = m_store->query(query);
    m_detail->clear();
    m_explain->setEnabled(false);
    if (!page) {
        m_model->setEvents({});
        m_nextCursor = 0;
        m_status->setText(tr("The ledger could not be read: %1").arg(page.error().toString()));
    } else {
        m_model->setEvents(std::move(page->events));
        m_nextCursor = page->nextCursor;
        m_status->setText(m_model->rowCount() == 0
                              ? tr("No events match.")
                              : tr("Page %1: %n event(s), newest first", nullptr, m_model->rowCount())
                                    .arg(m_cursors.size()));
    }
    m_older->setEnabled(m_nextCursor != 0);
    m_newer->setEnabled(m_cursors.size() > 1);
    m_table->resizeColumnsToContents();
}

void EvidenceEventsPage::showDetail()
{
    const EvidenceEvent *event = m_model->eventAt(m_table->currentIndex().row());
    m_explain->setEnabled(event && event->kind == EventKind::Interaction);
    if (!event) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(QString::fromUtf8(QJsonDocument(event->toJson()).toJson(QJsonDocument::Indented)));
}

ExplainDialog *EvidenceEventsPage::explainSelected()
{
    const EvidenceEvent *event = m_model->eventAt(m_table->currentIndex().row());
    if (!event || event->kind != EventKind::Interaction)
        return nullptr;
    return ExplainDialog::open(m_store, event->seq, this);
}

} // namespace custos
