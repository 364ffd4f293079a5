#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace custos::ctl {

// A verb made of subcommands (`custosctl routes add|list|remove`): the first argument picks the
// subcommand, which parses the rest. Without one it prints `usage` to stderr and exits with
// ExitUsage; an unknown one is named first ("custosctl VERB: unknown subcommand 'x'"); `--help`
// prints the usage to stdout and exits with ExitOk.
class CommandGroup : public Command
{
public:
    CommandGroup(QString name, QString usage);

    // `command`'s name is this group's name, a space and the subcommand's word.
    void add(std::unique_ptr<Command> command);
    int run(const QStringList &arguments) override;

protected:
    int execute(const QCommandLineParser &parser) override;

private:
    Command *find(const QString &word) const;

    QString m_usage;
    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace custos::ctl
