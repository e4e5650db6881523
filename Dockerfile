# factcheck in a container: docs/ci.md, "Docker".
#   docker build -t factcheck .
#   docker run --rm -v "$PWD:/work:ro" factcheck check articles/
ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The wheel carries the bundled packs (factcheck/bundled_rules); constraints.txt
# pins the dependencies to the versions the tests ran with.
COPY pyproject.toml README.md LICENSE constraints.txt /src/
COPY factcheck /src/factcheck
COPY rules /src/rules
RUN pip install -c /src/constraints.txt /src \
    && rm -rf /src \
    && useradd --create-home --uid 10001 --shell /usr/sbin/nologin factcheck

USER factcheck
WORKDIR /work
ENTRYPOINT ["factcheck"]
CMD ["--help"]
