"""The command line's frame: the top command group (a user error is one line on stderr, exit 1),
the typer apps every command module registers on, ``--version``, the guard that maps errors,
and the option callbacks shared by several commands. typer lives only in this package."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from claimcheck.errors import ClaimcheckError, UsageError


class _OneLineGroup(TyperGroup):
    """The top command group: a command line the parser rejects (a value not among the choices,
    not a number, an unknown option or command) or a :class:`ClaimcheckError` raised by an option
    callback is one line on stderr and exit 1, like every other user error; no usage box."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, False, **extra)
        except ClaimcheckError as exc:
            sys.stderr.write(f"claimcheck: {exc}\n")
            sys.exit(1)
        except typer.Abort:
            sys.stderr.write("claimcheck: aborted\n")
            sys.exit(1)
        except Exception as exc:
            if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
                raise  # not the parser's: the command's own guard has reported it
            if type(exc).__name__ == "NoArgsIsHelpError":  # `claimcheck`, `claimcheck db`: the help was
                sys.exit(0)  # printed, as asked for (click's 2 would read as our bug)
            ctx = getattr(exc, "ctx", None)
            hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
            message = " ".join(str(exc.format_message()).replace("Value error, ", "").split())
            sys.stderr.write(f"claimcheck: {message}{hint}\n")
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


app = typer.Typer(help="Claim provenance and source reliability for news: who says so, who else "
                       "says so independently, who denies it.", no_args_is_help=True, cls=_OneLineGroup,
                  add_completion=True, pretty_exceptions_enable=False)
db_app = typer.Typer(help="Database schema: Alembic migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")
actors_app = typer.Typer(help="Actors and their aliases; merge or split them by hand.", invoke_without_command=True)
app.add_typer(actors_app, name="actors")

DbOpt = Annotated[Optional[str], typer.Option("--db", help="Database path or SQLAlchemy URL "
                                               "(default: $CLAIMCHECK_DB, else ./claimcheck.db).")]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Write ``claimcheck: MESSAGE`` on stderr; return the exit (code 1: a user error, 2: our bug) to raise."""
    sys.stderr.write(f"claimcheck: {message}\n")
    return typer.Exit(code)


def _version(value: bool) -> None:
    """``--version``: the package and the extractor (parser + lexicons) versions, then exit."""
    if not value:
        return
    from claimcheck import api

    try:
        package, extractor = api.versions()
    except ClaimcheckError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"claimcheck {package} (extractor {extractor})")
    raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Print the claimcheck and extractor versions and exit.")] = False,
         csv_formulas: Annotated[bool, typer.Option(
             "--csv-formulas", help="Write CSV cells as they are: do not put an apostrophe before a cell "
                                    "that starts with = + - @ (which a spreadsheet would run).")] = False) -> None:
    if csv_formulas:
        import os

        from claimcheck.report.safe import FORMULAS_ENV

        os.environ[FORMULAS_ENV] = "1"  # read by every CSV writer of this process


def guard(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command body; a ClaimcheckError becomes one line on stderr."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any):  # noqa: ANN202
        try:
            return fn(*args, **kwargs)
        except ClaimcheckError as exc:
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            raise fail("interrupted; what was committed is kept", 130) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(1) from None
        except typer.Exit:
            raise
        except Exception as exc:  # an internal error: one line, the traceback only on request
            import os

            from claimcheck import api

            user = api.user_error(exc)  # a full disk, a permission, an unreachable server
            if user is not None:
                raise fail(str(user)) from None
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise fail(f"internal error: {type(exc).__name__}: {first[:300]} "
                       "(set CLAIMCHECK_DEBUG=1 for the traceback)", 2) from None

    return wrapper


FILTER_MAX = 1_000  # characters in a filter value (a database pattern has limits; no name is this long)


def _opt(param: typer.CallbackParam) -> str:
    return param.opts[0] if param.opts else str(param.name)


def not_negative(param: typer.CallbackParam, value: Any) -> Any:
    """Option callback: a count that must be 0 or more."""
    if value is not None and value < 0:
        raise UsageError(f"{_opt(param)} {value}: must be 0 or more")
    return value


def positive(param: typer.CallbackParam, value: Any) -> Any:
    """Option callback: a size that must be more than 0 and finite (``inf``, or a number of MB
    too large to count in bytes, is no limit a user can mean: a user error, not an overflow)."""
    if value is not None and not value > 0:
        raise UsageError(f"{_opt(param)} {value}: must be more than 0")
    if value is not None and not math.isfinite(value * 1024 * 1024):
        raise UsageError(f"{_opt(param)} {value}: must be a finite number")
    return value


def short_text(param: typer.CallbackParam, value: Any) -> Any:
    """Option/argument callback: a filter value of at most FILTER_MAX characters, not blank (an
    empty substring would match every row: a script's unset variable, not a filter)."""
    if isinstance(value, str) and not value.strip():
        raise UsageError(f"{_opt(param)}: an empty value (it would match everything); leave the option out")
    if isinstance(value, str) and len(value) > FILTER_MAX:
        raise UsageError(f"{_opt(param)}: a value of {len(value):,} characters is too long "
                         f"(at most {FILTER_MAX:,})")
    return value


def print_renderable(renderable) -> None:  # noqa: ANN001
    """Print a rich renderable on stdout with the report theme."""
    from claimcheck.report.theme import make_console

    make_console().print(renderable)


def reviewer_name(name: str | None) -> str:
    """Who decides: NAME, else $CLAIMCHECK_REVIEWER, else the login name."""
    import getpass
    import os

    return name or os.environ.get("CLAIMCHECK_REVIEWER") or getpass.getuser()

