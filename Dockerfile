# syntax=docker/dockerfile:1
# Monitor: news-feed keyword alerts for Discord.
#   docker build -t monitor .
#   docker run --rm -e DISCORD_WEBHOOK_CRISIS=... -v monitor-data:/app/config/data monitor
# The image runs `monitor run` on /app/config/monitor.yaml; mount your own config over /app/config.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the layer is cached until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/Monitor.Domain/Monitor.Domain.csproj src/Monitor.Domain/packages.lock.json src/Monitor.Domain/
COPY src/Monitor.Pipeline/Monitor.Pipeline.csproj src/Monitor.Pipeline/packages.lock.json src/Monitor.Pipeline/
COPY src/Monitor.Configuration/Monitor.Configuration.csproj src/Monitor.Configuration/packages.lock.json src/Monitor.Configuration/
COPY src/Monitor.Infrastructure/Monitor.Infrastructure.csproj src/Monitor.Infrastructure/packages.lock.json src/Monitor.Infrastructure/
COPY src/Monitor.Discord/Monitor.Discord.csproj src/Monitor.Discord/packages.lock.json src/Monitor.Discord/
COPY src/Monitor/Monitor.csproj src/Monitor/packages.lock.json src/Monitor/
RUN dotnet restore src/Monitor/Monitor.csproj --locked-mode
# .dockerignore keeps bin/, obj/, .git and local databases out of the context.
COPY src/ src/
COPY config/monitor.schema.json config/
RUN dotnet publish src/Monitor/Monitor.csproj -c Release --no-restore -o /out /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /out ./
COPY config/ ./config/
# Run as the image's unprivileged user; state lives in the data volume.
RUN mkdir -p /app/config/data && chown -R app:app /app/config/data
USER app
VOLUME ["/app/config/data"]
ENV DOTNET_gcServer=0
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "monitor.dll"]
CMD ["run", "--config", "/app/config/monitor.yaml"]
