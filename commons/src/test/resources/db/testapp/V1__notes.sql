CREATE TABLE note (
    id   uuid PRIMARY KEY,
    text varchar(200) NOT NULL
);

-- What the test consumer did, one row per applied event (no unique key: a second effect would show).
CREATE TABLE note_effect (
    id        bigserial PRIMARY KEY,
    event_id  varchar(100) NOT NULL,
    note_key  varchar(100),
    text      varchar(200)
);
