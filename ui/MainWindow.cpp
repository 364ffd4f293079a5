#include "ui/MainWindow.h"

#include "ui/SectionPlaceholder.h"
#include "ui/widgets/BundledIcon.h"
#include "ui/widgets/ConsoleHeader.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace custos {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");

// A Freedesktop theme icon when the desktop has one, otherwise the one bundled under :/custos/icons.
QIcon sectionIcon(const QString &id)
{
    static const QHash<QString, QString> themeNames = {
        {QStringLiteral("dashboard"), QStringLiteral("go-home")},
        {QStringLiteral("feed"), QStringLiteral("network-transmit-receive")},
        {QStringLiteral("policies"), QStringLiteral("accessories-text-editor")},
        {QStringLiteral("exceptions"), QStringLiteral("dialog-warning")},
        {QStringLiteral("alerts"), QStringLiteral("appointment-soon")},
        {QStringLiteral("evidence"), QStringLiteral("security-high")},
        {QStringLiteral("settings"), QStringLiteral("preferences-system")},
    };
    return BundledIcon::themed(themeNames.value(id),
                               QStringLiteral(":/custos/icons/sections/%1.svg").arg(id));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sections(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Custos"));
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setFixedWidth(190);
    m_sections->setIconSize(QSize(20, 20));
    m_sections->setSpacing(3);
    m_pages->setObjectName(QStringLiteral("sectionPages"));
    m_header = new ConsoleHeader(this);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->addWidget(m_header);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_sections);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    addSection(
        QStringLiteral("dashboard"), tr("Dashboard"),
        new SectionPlaceholder(tr("Dashboard"), tr("Decisions, exceptions and evidence at a glance.")));
    addSection(QStringLiteral("feed"), tr("Live feed"),
               new SectionPlaceholder(tr("Live feed"), tr("Every decision of the gateway as it happens.")));
    addSection(QStringLiteral("policies"), tr("Policies"),
               new SectionPlaceholder(tr("Policies"), tr("Author, test and publish the rules.")));
    addSection(QStringLiteral("exceptions"), tr("Exceptions"),
               new SectionPlaceholder(tr("Exceptions"), tr("Requests awaiting a named approver.")));
    addSection(QStringLiteral("alerts"), tr("Alerts"),
               new SectionPlaceholder(tr("Alerts"), tr("What the watchers saw build up over days.")));
    addSection(QStringLiteral("evidence"), tr("Evidence"),
               new SectionPlaceholder(tr("Evidence"), tr("The encrypted, hash-chained ledger.")));
    addSection(QStringLiteral("settings"), tr("Settings"),
               new SectionPlaceholder(tr("Settings"), tr("Routes, keys, users and the gateway.")));
    m_sections->setCurrentRow(0);
    installSectionShortcuts();
    resize(1100, 700);
}

void MainWindow::installSectionShortcuts()
{
    for (int position = 1; position <= 9; ++position) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + position)), this);
        shortcut->setObjectName(QStringLiteral("sectionShortcut%1").arg(position));
        connect(shortcut, &QShortcut::activated, this, [this, position] { selectVisibleSection(position); });
    }
}

// Each visible section's tooltip names its shortcut; hiding a section renumbers those after it.
void MainWindow::updateShortcutHints()
{
    int seen = 0;
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        if (item->isHidden() || ++seen > 9) {
            item->setToolTip({});
            continue;
        }
        const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_0 + seen));
        item->setToolTip(tr("Shortcut: %1").arg(keys.toString(QKeySequence::NativeText)));
    }
}

// Ctrl+n counts the sections this user sees, so the numbers match the list on screen.
void MainWindow::selectVisibleSection(int position)
{
    int seen = 0;
    for (int row = 0; row < m_sections->count(); ++row) {
        if (!m_sections->item(row)->isHidden() && ++seen == position) {
            m_sections->setCurrentRow(row);
            return;
        }
    }
}

bool MainWindow::restoreSavedGeometry()
{
    const QByteArray saved = QSettings().value(geometryKey).toByteArray();
    return !saved.isEmpty() && restoreGeometry(saved);
}

void MainWindow::saveGeometryNow() const
{
    QSettings().setValue(geometryKey, saveGeometry());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveGeometryNow();
    QMainWindow::closeEvent(event);
}

void MainWindow::addSection(const QString &id, const QString &title, QWidget *page)
{
    page->setObjectName(QStringLiteral("section-") + id);
    auto *item = new QListWidgetItem(sectionIcon(id), title, m_sections);
    item->setData(Qt::UserRole, id);
    m_pages->addWidget(page);
    updateShortcutHints();
}

void MainWindow::showSection(const QString &id)
{
    const QStringList ids = sectionIds();
    m_sections->setCurrentRow(static_cast<int>(ids.indexOf(id)));
}

QStringList MainWindow::sectionIds() const
{
    QStringList ids;
    for (int row = 0; row < m_sections->count(); ++row)
        ids << m_sections->item(row)->data(Qt::UserRole).toString();
    return ids;
}

void MainWindow::setSectionPage(const QString &id, QWidget *page)
{
    const int index = int(sectionIds().indexOf(id));
    if (index < 0)
        return;
    QWidget *old = m_pages->widget(index);
    page->setObjectName(QStringLiteral("section-") + id);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (m_sections->currentRow() == index)
        m_pages->setCurrentIndex(index);
}

QWidget *MainWindow::sectionPage(const QString &id) const
{
    const int index = int(sectionIds().indexOf(id));
    return index < 0 ? nullptr : m_pages->widget(index);
}

void MainWindow::setSectionVisible(const QString &id, bool visible)
{
    const int index = int(sectionIds().indexOf(id));
    if (index < 0)
        return;
    m_sections->item(index)->setHidden(!visible);
    updateShortcutHints();
    // A user who may not see the section shown moves to the first one they may see.
    if (!visible && m_sections->currentRow() == index) {
        for (int row = 0; row < m_sections->count(); ++row) {
            if (!m_sections->item(row)->isHidden()) {
                m_sections->setCurrentRow(row);
                break;
            }
        }
    }
}

void MainWindow::setSectionTitle(const QString &id, const QString &title)
{
    const int index = int(sectionIds().indexOf(id));
    if (index >= 0)
        m_sections->item(index)->setText(title);
}

} // namespace custos
