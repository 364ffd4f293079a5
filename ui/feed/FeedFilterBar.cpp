#include "ui/feed/FeedFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace custos {

namespace {

const QStringList defaultDecisions{
    QStringLiteral("allow"),   QStringLiteral("monitor"),           QStringLiteral("redact"),
    QStringLiteral("reroute"), QStringLiteral("require_exception"), QStringLiteral("block")};

} // namespace

FeedFilterBar::FeedFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_decision(new QComboBox(this))
{
    setObjectName(QStringLiteral("feedFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_decision->setObjectName(QStringLiteral("feedFilterDecision"));
    m_decision->setToolTip(tr("Show only this decision"));
    layout->addWidget(m_decision);
    setDecisionChoices(defaultDecisions);

    m_service = addField(QStringLiteral("feedFilterService"), tr("Service"), 1);
    m_user = addField(QStringLiteral("feedFilterUser"), tr("User"), 1);
    m_rule = addField(QStringLiteral("feedFilterRule"), tr("Rule"), 1);
    m_text = addField(QStringLiteral("feedFilterText"), tr("Search all columns"), 2);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(DefaultTypingDelay);
    connect(&m_typingTimer, &QTimer::timeout, this, &FeedFilterBar::emitFilterChanged);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &FeedFilterBar::emitFilterChanged);
}

QLineEdit *FeedFilterBar::addField(const QString &objectName, const QString &placeholder, int stretch)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setAccessibleName(placeholder); // the hint is the field's only label
    field->setClearButtonEnabled(true);
    layout()->addWidget(field);
    static_cast<QHBoxLayout *>(layout())->setStretchFactor(field, stretch);
    connect(field, &QLineEdit::textChanged, &m_typingTimer, qOverload<>(&QTimer::start));
    // Enter applies at once, without waiting for the typing delay.
    connect(field, &QLineEdit::returnPressed, this, &FeedFilterBar::emitFilterChanged);
    return field;
}

FeedFilter FeedFilterBar::filter() const
{
    return FeedFilter{
        .decision = m_decision->currentData().toString(),
        .service = m_service->text().trimmed(),
        .user = m_user->text().trimmed(),
        .rule = m_rule->text().trimmed(),
        .text = m_text->text().trimmed(),
    };
}

void FeedFilterBar::setDecisionChoices(const QStringList &decisions)
{
    const QString current = m_decision->currentData().toString();
    const QSignalBlocker blocker(m_decision);
    m_decision->clear();
    m_decision->addItem(tr("All decisions"), QString());
    for (const QString &decision : decisions)
        m_decision->addItem(decision, decision);
    m_decision->setCurrentIndex(std::max(0, m_decision->findData(current)));
    if (m_text != nullptr) // the constructor calls this before the fields exist
        emitFilterChanged();
}

void FeedFilterBar::setTypingDelay(std::chrono::milliseconds delay)
{
    m_typingTimer.setInterval(delay);
}

void FeedFilterBar::emitFilterChanged()
{
    m_typingTimer.stop();
    const FeedFilter current = filter();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    Q_EMIT filterChanged(current);
}

} // namespace custos
