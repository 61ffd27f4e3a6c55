from claimcheck.cli import app

app()
