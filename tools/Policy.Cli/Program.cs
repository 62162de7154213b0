using Policy.Cli;

return PolicyCli.Run(args, CliEnvironment.System);
