#include "ui/session/ConsoleTray.h"

#include "ui/widgets/BundledIcon.h"

#include <QSystemTrayIcon>

namespace custos {

ConsoleTray::ConsoleTray(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(
        BundledIcon::themed(QStringLiteral("security-medium"), QStringLiteral(":/custos/icons/custos.svg")),
        this);
    m_icon->setObjectName(QStringLiteral("console-tray"));
    // Clicking the notification or the icon brings forward what the last notification was about.
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT openRequested(m_lastTopic); });
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT openRequested(m_lastTopic);
    });
    updateToolTip();
    m_icon->show();
}

void ConsoleTray::notify(Topic topic, const QString &message)
{
    m_lastTopic = topic;
    m_lastMessage = message;
    if (m_icon)
        m_icon->showMessage(tr("Custos"), message);
    Q_EMIT notified(topic, message);
}

void ConsoleTray::setCount(Topic topic, int count)
{
    m_counts.insert(topic, count);
    updateToolTip();
}

QString ConsoleTray::toolTip() const
{
    return tr("Custos: %n request(s) await you", nullptr, m_counts.value(Topic::Exceptions)) + u'\n' +
           tr("%n open alert(s)", nullptr, m_counts.value(Topic::Alerts));
}

void ConsoleTray::updateToolTip()
{
    if (m_icon)
        m_icon->setToolTip(toolTip());
}

} // namespace custos
