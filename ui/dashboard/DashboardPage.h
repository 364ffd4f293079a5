#pragma once

#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace custos {

class ConsoleSession;

// The console's landing page: where the gateway listens, which policy version it enforces and who
// published it, what it decided over the last 24 hours and which rules fired most, and how many
// exception requests wait. Refreshed every few seconds while it is shown.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshMilliseconds = 5000;

    explicit DashboardPage(ConsoleSession &session, QWidget *parent = nullptr);

    void refresh();
    QString text() const; // everything shown, for tests and screen readers

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &name);
    void showGateway(const QString &baseUrl, const QString &problem);
    void showPolicy();
    void showActivity();
    void showExceptions();

    ConsoleSession &m_session;
    QLabel *m_gateway = nullptr;
    QLabel *m_policy = nullptr;
    QLabel *m_activity = nullptr;
    QLabel *m_rules = nullptr;
    QLabel *m_exceptions = nullptr;
    QTimer m_timer;
};

} // namespace custos
