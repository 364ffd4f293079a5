#include "ui/policyeditor/VersionHistoryPage.h"

#include "ui/widgets/EmptyStateLabel.h"

#include "core/policy/PolicyDiff.h"
#include "core/policy/PolicyParser.h"
#include "core/publishing/PolicyVersions.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace custos {

VersionHistoryPage::VersionHistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget)
    , m_view(new QComboBox)
    , m_detail(new QPlainTextEdit)
    , m_load(new QPushButton(tr("Load into the editor")))
{
    m_list->setHeaderLabels({tr("Published"), tr("By"), tr("Comment"), tr("Version")});
    m_list->setRootIsDecorated(false);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Published versions"));
    EmptyStateLabel::attach(m_list, tr("No version published yet. Publish the draft to make it the active "
                                       "policy; every version is listed here."));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->addItems(
        {tr("Changes from the version before"), tr("Differences from the draft"), tr("Full text")});
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Version text"));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_load->setObjectName(QStringLiteral("loadVersion"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_view);
    controls->addStretch();
    controls->addWidget(m_load);
    auto *detailPanel = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPanel);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(controls);
    detailLayout->addWidget(m_detail);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(detailPanel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VersionHistoryPage::showSelected);
    connect(m_view, &QComboBox::currentIndexChanged, this, &VersionHistoryPage::showSelected);
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (const PublishedVersion *version = selected())
            Q_EMIT loadRequested(QString::fromUtf8(version->source));
    });
}

void VersionHistoryPage::setStore(std::shared_ptr<EvidenceStore> store)
{
    m_store = std::move(store);
    reload();
}

void VersionHistoryPage::setDraftSource(const QString &source)
{
    m_draft = source;
    if (m_view->currentIndex() == static_cast<int>(View::DifferencesFromDraft))
        showSelected();
}

void VersionHistoryPage::reload()
{
    m_list->clear();
    m_versions.clear();
    if (!m_store)
        return;
    auto history = PolicyVersions(*m_store, nullptr).history();
    if (!history) {
        m_detail->setPlainText(tr("Cannot read the version history: %1").arg(history.error().toString()));
        return;
    }
    m_versions.assign(history->rbegin(), history->rend());
    for (std::size_t i = 0; i < m_versions.size(); ++i) {
        const PublishedVersion &version = m_versions[i];
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, version.publishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, version.author);
        item->setText(2, version.comment);
        item->setText(3, version.hash.left(12) + (i == 0 ? tr(" (active)") : QString()));
        item->setToolTip(3, version.hash);
    }
    if (!m_versions.empty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

const PublishedVersion *VersionHistoryPage::selected() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < versionCount() ? &m_versions[static_cast<std::size_t>(row)] : nullptr;
}

bool VersionHistoryPage::showVersion(const QString &hashOrPrefix, View view)
{
    reload();
    for (int row = 0; row < versionCount(); ++row) {
        if (!hashOrPrefix.isEmpty() &&
            m_versions[static_cast<std::size_t>(row)].hash.startsWith(hashOrPrefix)) {
            m_view->setCurrentIndex(static_cast<int>(view));
            m_list->setCurrentItem(m_list->topLevelItem(row));
            showSelected();
            return true;
        }
    }
    return false;
}

QString VersionHistoryPage::detailText() const
{
    return m_detail->toPlainText();
}

QString VersionHistoryPage::diffText(const QByteArray &before, const QByteArray &after) const
{
    const auto older = PolicyParser::parse(before, QString());
    const auto newer = PolicyParser::parse(after, QString());
    const PolicyDiff diff = PolicyDiff::between(older.document, newer.document);
    return diff.isEmpty() ? tr("No differences.") : diff.toText();
}

void VersionHistoryPage::showSelected()
{
    const PublishedVersion *version = selected();
    m_load->setEnabled(version != nullptr);
    if (!version) {
        m_detail->setPlainText(tr("No version published yet."));
        return;
    }
    const auto row = static_cast<std::size_t>(m_list->indexOfTopLevelItem(m_list->currentItem()));
    switch (static_cast<View>(m_view->currentIndex())) {
    case View::ChangesFromPrevious:
        m_detail->setPlainText(row + 1 < m_versions.size()
                                   ? diffText(m_versions[row + 1].source, version->source)
                                   : tr("The first version: everything in it is new.\n\n") +
                                         QString::fromUtf8(version->source));
        break;
    case View::DifferencesFromDraft:
        m_detail->setPlainText(diffText(version->source, m_draft.toUtf8()));
        break;
    case View::FullText:
        m_detail->setPlainText(QString::fromUtf8(version->source));
        break;
    }
}

} // namespace custos
