package org.burdenshare.cli.commands;

import java.util.concurrent.Callable;
import org.burdenshare.cli.BurdenshareCommand;
import org.burdenshare.core.errors.InvalidQueryException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    description = {
      "Print a completion script for bash or zsh: commands, options and their values complete"
          + " with Tab.",
      "Examples:",
      "  source <(./burdenshare completion bash)",
      "  ./burdenshare completion zsh > ~/.zfunc/_burdenshare   (zsh loads it through"
          + " bashcompinit)"
    })
public final class CompletionCommand implements Callable<Integer> {
  @ParentCommand BurdenshareCommand root;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new InvalidQueryException("Unknown shell '" + shell + "': expected bash or zsh.");
    }
    // picocli writes one script for both: zsh runs it through bashcompinit
    String script = AutoComplete.bash("burdenshare", spec.parent().commandLine());
    root.out().print(script);
    root.out().flush();
    return 0;
  }
}
