-- What an analysis draws over its slide (GeoJSON in level-0 pixels, or a PNG over the whole
-- slide), kept with the analysis it belongs to, recorded in the same transaction.
CREATE TABLE analysis_overlays (
    analysis_id BIGINT NOT NULL REFERENCES analyses (id),
    kind VARCHAR(64) NOT NULL,
    label VARCHAR(200) NOT NULL,
    media_type VARCHAR(64) NOT NULL,
    view_name VARCHAR(32) NOT NULL,
    content BYTEA NOT NULL,
    PRIMARY KEY (analysis_id, kind)
);
