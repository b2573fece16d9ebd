import CorrgraphCommands

Corrgraph.runFromCommandLine()
