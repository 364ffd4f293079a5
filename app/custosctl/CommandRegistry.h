#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace custos::ctl {

// A top-level verb of custosctl (serve, policy, scan, evidence, ...). `run` gets the arguments
// after the verb and returns the process exit code.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

class CommandRegistry
{
public:
    static CommandRegistry &instance();
    void add(Command command);
    const Command *find(const QString &name) const;
    const std::map<QString, Command> &commands() const { return m_commands; }

private:
    std::map<QString, Command> m_commands;
};

// Put one of these at namespace scope in a *Command.cpp to make its verb available.
struct CommandRegistration
{
    explicit CommandRegistration(Command command) { CommandRegistry::instance().add(std::move(command)); }
};

} // namespace custos::ctl
