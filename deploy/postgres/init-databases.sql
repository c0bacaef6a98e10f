-- One database per service (docker-compose runs this on the first start of its PostgreSQL).
CREATE DATABASE application;
CREATE DATABASE eligibility;
CREATE DATABASE payment;
CREATE DATABASE exam;
CREATE DATABASE notification;
