#pragma once

// What `custosctl quickstart` sets up before it serves: the default store where
// DefaultStoreLocation puts it (CUSTOS_STORE, else the XDG data folder; keyed by the OS keychain,
// else a key file of mode 0600 in the XDG config folder), its first
// admin, the starter policy, the provider routes from OPENAI_API_KEY / ANTHROPIC_API_KEY (or the
// built-in demo route), and a developer key. A later run reuses the store and changes only what
// the environment asks for.

#include "core/common/Error.h"
#include "core/evidence/DefaultStoreLocation.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace custos {
class EvidenceStore;
}

namespace custos::ctl {

class QuickstartSetup
{
public:
    struct Request
    {
        bool useKeychain = true;
        bool newDeveloperKey = false; // a later run issues one only when asked
    };

    // What the run did and where everything is; secrets appear here only when made this run.
    struct Outcome
    {
        std::shared_ptr<EvidenceStore> store;
        bool created = false;
        QStringList notes;   // recoveries and fallbacks, already phrased for the user
        QString keyLocation; // "key file PATH (mode 0600)" or "OS keychain entry Custos/ACCOUNT"
        QString keyOptions;  // what other custosctl commands take to open the store
        QString adminName;
        QString adminPassword; // set only when generated on this run
        QString policy;        // "starter (version ...)"
        QStringList routes;    // one line per route
        bool demo = false;     // the built-in demo route is configured
        QString developerKey;  // set only when issued on this run
    };

    static constexpr const char *kAdminName = "admin";
    static constexpr const char *kService = "quickstart";

    explicit QuickstartSetup(DefaultStoreLocation location);
    Result<Outcome> run(const Request &request);

private:
    Result<Outcome> createStore(const Request &request);
    Result<Outcome> reuseStore(const Request &request);
    Result<void> populate(EvidenceStore &store, Outcome &outcome) const;
    Result<void> applyProviderRoutes(EvidenceStore &store, bool firstRun, Outcome &outcome) const;
    void describeRoutes(EvidenceStore &store, Outcome &outcome) const;
    void describePolicy(EvidenceStore &store, Outcome &outcome) const;
    void removeHalfMadeStore(Outcome &outcome) const;
    QString partialStore() const { return m_location.store() + QStringLiteral(".partial"); }

    DefaultStoreLocation m_location;
};

} // namespace custos::ctl
