#pragma once

#include "ui/feed/FeedFilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace custos {

// The live feed's filter row: a decision choice and service, user, rule and free-text fields.
// Typing is debounced so a fast typist re-filters a 100k-row feed once, not once per key.
class FeedFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTypingDelay{150};

    explicit FeedFilterBar(QWidget *parent = nullptr);

    FeedFilter filter() const;
    // The decisions offered besides "All decisions", in the policy's spelling.
    void setDecisionChoices(const QStringList &decisions);
    void setTypingDelay(std::chrono::milliseconds delay);

Q_SIGNALS:
    void filterChanged(const custos::FeedFilter &filter);

private:
    QLineEdit *addField(const QString &objectName, const QString &placeholder, int stretch);
    void emitFilterChanged();

    QComboBox *m_decision = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_rule = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer m_typingTimer;
    FeedFilter m_lastEmitted;
};

} // namespace custos
