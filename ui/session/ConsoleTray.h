#pragma once

#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace custos {

// The console's one tray icon, shared by the exception inbox and the alerts: it announces new
// exception requests and new alerts, its tooltip counts both, and clicking a notification (or the
// icon) asks for the section the last notification was about. Where the desktop has no tray
// (offscreen, some window managers) the notifications are still kept, so the badge and tests see them.
class ConsoleTray : public QObject
{
    Q_OBJECT
public:
    enum class Topic { Exceptions, Alerts };

    explicit ConsoleTray(QObject *parent = nullptr);

    bool hasIcon() const { return m_icon != nullptr; }
    void notify(Topic topic, const QString &message);
    // What waits: exception requests for the signed-in approver, open alerts.
    void setCount(Topic topic, int count);
    QString toolTip() const;
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void notified(custos::ConsoleTray::Topic topic, const QString &message);
    void openRequested(custos::ConsoleTray::Topic topic);

private:
    void updateToolTip();

    QSystemTrayIcon *m_icon = nullptr;
    QHash<Topic, int> m_counts;
    Topic m_lastTopic = Topic::Exceptions;
    QString m_lastMessage;
};

} // namespace custos
