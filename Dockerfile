# syntax=docker/dockerfile:1
# Monitor: news-feed keyword alerts for Discord.
#   docker build -t monitor .
#   docker run --rm -v "$PWD/config:/config:ro" -v monitor-data:/data --env-file monitor.env \
#     -p 127.0.0.1:9464:9464 --stop-timeout 40 monitor
# The config is mounted at /config (never baked in); SQLite state lives in the /data volume (storage.path: /data/monitor.db).
# The server listens on 0.0.0.0:9464 inside the container, so the config must set server.token (Monitor refuses otherwise).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files and their lock files only, so this layer is cached until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/Monitor.Domain/Monitor.Domain.csproj src/Monitor.Domain/packages.lock.json src/Monitor.Domain/
COPY src/Monitor.Pipeline/Monitor.Pipeline.csproj src/Monitor.Pipeline/packages.lock.json src/Monitor.Pipeline/
COPY src/Monitor.Configuration/Monitor.Configuration.csproj src/Monitor.Configuration/packages.lock.json src/Monitor.Configuration/
COPY src/Monitor.Infrastructure/Monitor.Infrastructure.csproj src/Monitor.Infrastructure/packages.lock.json src/Monitor.Infrastructure/
COPY src/Monitor.Discord/Monitor.Discord.csproj src/Monitor.Discord/packages.lock.json src/Monitor.Discord/
COPY src/Monitor/Monitor.csproj src/Monitor/packages.lock.json src/Monitor/
RUN dotnet restore src/Monitor/Monitor.csproj --locked-mode
# Sources, and the config schema the Configuration assembly embeds. .dockerignore keeps bin/, obj/, .git and databases out.
COPY src/ src/
COPY config/monitor.schema.json config/
RUN dotnet publish src/Monitor/Monitor.csproj -c Release --no-restore -o /out /p:UseAppHost=false

# ASP.NET Core runtime: Kestrel serves /healthz, /readyz, /metrics and the status page.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out ./
RUN mkdir -p /data /config && chown app:app /data
# The image's unprivileged user (uid 1654); it owns only /data.
USER app
VOLUME ["/data"]
ENV DOTNET_gcServer=0 \
    DOTNET_NOLOGO=1
EXPOSE 9464
# /healthz needs no token. No curl in the image: bash's /dev/tcp speaks the one request we need.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9464 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# SIGTERM stops the host gracefully: the poll in flight finishes, the outbox stays durable. The host allows itself 30s,
# so give the container more than Docker's default 10s: docker run --stop-timeout 40, compose stop_grace_period: 40s.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "monitor.dll"]
CMD ["run", "--config", "/config/monitor.yaml", "--listen", "0.0.0.0:9464", "--log-format", "json"]
