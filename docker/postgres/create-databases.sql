-- One database per service: no service reads another's tables.
CREATE DATABASE ingest;
CREATE DATABASE story;
CREATE DATABASE render;
CREATE DATABASE notify;
