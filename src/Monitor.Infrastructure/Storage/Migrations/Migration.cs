namespace Monitor.Infrastructure.Storage.Migrations;

/// <summary>One step of the schema history, with the same effect written in each dialect.</summary>
/// <param name="Version">The version the database has after this step (1, 2, …; no gaps).</param>
/// <param name="Name">What the step adds, for people reading the history.</param>
/// <param name="Sqlite">The step in SQLite's dialect.</param>
/// <param name="Postgres">The step in PostgreSQL's dialect.</param>
internal sealed record Migration(int Version, string Name, string Sqlite, string Postgres);
