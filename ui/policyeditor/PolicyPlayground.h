#pragma once

#include "core/policy/Decision.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace custos {

class EvidenceStore;
class PolicyEngine;
class StatusLabel;

// Try the draft before publishing it: paste a prompt (or pick a recent interaction from the
// ledger) and see the detector hits, marked in the text, the rules that fire and the decision.
// Re-evaluates as the text, the context or the draft changes.
class PolicyPlayground : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyPlayground(QWidget *parent = nullptr);

    void setStore(std::shared_ptr<EvidenceStore> store);
    // nullptr: the draft does not compile; the playground says so.
    void setDraft(std::shared_ptr<const PolicyEngine> draft);

    void setPrompt(const QString &text);
    // Loads a recorded interaction's request (context and body) as the input.
    bool pickInteraction(qint64 seq);
    void reloadInteractions();
    void evaluateNow();

    const std::optional<Decision> &decision() const { return m_decision; }
    QString verdictText() const;
    QTreeWidget *hitList() const { return m_hits; }

private:
    QWidget *buildContext();
    void markHits();
    void showDecision();
    void onPicked(int index);

    std::shared_ptr<EvidenceStore> m_store;
    std::shared_ptr<const PolicyEngine> m_draft;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_route = nullptr;
    QComboBox *m_past = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    StatusLabel *m_verdict = nullptr;
    QTreeWidget *m_hits = nullptr;
    QTimer m_debounce;
    std::optional<QJsonObject> m_pickedBody;
    ApiFlavor m_pickedApi = ApiFlavor::OpenAIChat;
    bool m_loading = false;
    std::optional<Decision> m_decision;
};

} // namespace custos
