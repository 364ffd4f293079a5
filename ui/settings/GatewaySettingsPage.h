#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace custos {

class StatusLabel;

// Where the in-process gateway listens. Loopback unless the admin explicitly allows more.
// The console session applies the change (restarting the listener) and reports back.
class GatewaySettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GatewaySettingsPage(QWidget *parent = nullptr);

    void setActor(bool mayChange);
    // Where the store's signed checkpoints are also kept (shown; set with $CUSTOS_WITNESS).
    void setWitnessPath(const QString &path);
    // What the gateway does now: its base URL, or why it is not listening.
    void setCurrentState(const QString &baseUrl, const QString &problem = {});
    bool requestChange();
    QString message() const;

Q_SIGNALS:
    void listenAddressRequested(const QString &hostPort, bool allowNonLoopback);

private:
    QLabel *m_current = nullptr;
    QLabel *m_witness = nullptr;
    QLineEdit *m_listen = nullptr;
    QCheckBox *m_allowRemote = nullptr;
    QPushButton *m_apply = nullptr;
    StatusLabel *m_message = nullptr;
};

} // namespace custos
