#pragma once

#include "Command.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace custos::ctl {

// A top-level verb of custosctl (serve, policy, scan, evidence, ...) as main.cpp lists and runs it.
// `run` gets the arguments after the verb and returns the process exit code.
struct Verb
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

class CommandRegistry
{
public:
    static CommandRegistry &instance();
    void add(Verb verb);
    const Verb *find(const QString &name) const;
    const std::map<QString, Verb> &verbs() const { return m_verbs; }

private:
    std::map<QString, Verb> m_verbs;
};

// Put one of these at namespace scope in a *Command.cpp to make its verb available: either a
// `Command` (the base that parses and reports uniformly) or, for verbs not yet moved onto it, a
// plain function.
struct CommandRegistration
{
    explicit CommandRegistration(Verb verb) { CommandRegistry::instance().add(std::move(verb)); }
    CommandRegistration(const QString &summary, std::shared_ptr<Command> command)
    {
        const QString name = command->name();
        CommandRegistry::instance().add(
            {name, summary, [command](const QStringList &arguments) { return command->run(arguments); }});
    }
};

} // namespace custos::ctl
