#pragma once

#include "ui/policyeditor/PublishPrompt.h"

#include "core/identity/User.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;
class QTabWidget;

namespace custos {

class EvidenceStore;
class PolicyEngine;
class PolicyPlayground;
class ReplayPage;
class StatusLabel;
class UserDirectory;
class VersionHistoryPage;
class VisualPolicyEditor;

// The Policies section: one draft, edited in the rule form or the YAML, tried in the playground,
// replayed against past evidence, compared with the published versions, and published with a
// comment and the publisher's password. Publishing is offered only for a valid draft that differs
// from the active version, and only to a user who may publish.
class PolicyWorkbench : public QWidget
{
    Q_OBJECT
public:
    PolicyWorkbench(std::shared_ptr<EvidenceStore> store, std::shared_ptr<const UserDirectory> users,
                    QWidget *parent = nullptr);
    ~PolicyWorkbench() override;

    void setPublishPrompt(PublishPrompt prompt);
    void setSignedInUser(const std::optional<User> &user);
    // Replaces the draft with the active version.
    void loadActive();
    // Compiles the draft now instead of after the typing pause.
    void compileNow();
    bool publish();
    // Opens a version in the history tab (the feed's policy links).
    bool showVersion(const QString &hash);

    bool canPublish() const;
    QString statusText() const;
    VisualPolicyEditor *editor() const { return m_editor; }
    PolicyPlayground *playground() const { return m_playground; }
    ReplayPage *replay() const { return m_replay; }
    VersionHistoryPage *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void published(const QString &hash);

private:
    QWidget *buildToolbar();
    void compileDraft();
    void updateState();
    QString activeSource() const;
    QString activeHash() const;
    bool canPublishOver(const QString &active) const;

    std::shared_ptr<EvidenceStore> m_store;
    std::shared_ptr<const UserDirectory> m_users;
    std::optional<User> m_user;
    PublishPrompt m_prompt;
    VisualPolicyEditor *m_editor = nullptr;
    PolicyPlayground *m_playground = nullptr;
    ReplayPage *m_replay = nullptr;
    VersionHistoryPage *m_history = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_publish = nullptr;
    StatusLabel *m_status = nullptr;
    QTimer m_compileTimer;
    std::shared_ptr<const PolicyEngine> m_draft;
    QString m_compiledText;
};

} // namespace custos
