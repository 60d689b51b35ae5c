-- Business calendars: when each office works, as data administrators change (never code). Deadlines
-- are computed on them in memory; every change is a new version, kept whole in business_calendar_version.

-- weekly_hours: one line per weekday that has opening hours, e.g. "MONDAY 09:00-12:00 13:30-17:30".
-- working_weekdays: the weekdays that are working days 工作日, e.g. "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY";
-- other weekdays may have hours (Saturday service) without being working days.
-- A round-the-clock calendar has neither.
CREATE TABLE business_calendar (
    code              VARCHAR(64)   NOT NULL,
    name_zh           VARCHAR(100)  NOT NULL,
    name_en           VARCHAR(100)  NOT NULL,
    zone              VARCHAR(64)   NOT NULL,
    round_the_clock   BOOLEAN       NOT NULL,
    weekly_hours      VARCHAR(1000) NULL,
    working_weekdays  VARCHAR(100)  NULL,
    version           INT           NOT NULL,
    changed_by        VARCHAR(100)  NOT NULL,
    changed_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dates on which the weekly hours do not apply: HOLIDAY (closed) or WORKDAY (a make-up working day 调休,
-- or a day with hours of its own; hours NULL means the normal weekday hours). hours as in weekly_hours.
CREATE TABLE business_calendar_day (
    calendar_code  VARCHAR(64)   NOT NULL,
    day            DATE          NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    hours          VARCHAR(200)  NULL,
    note           VARCHAR(100)  NULL,
    PRIMARY KEY (calendar_code, day),
    CONSTRAINT fk_calendar_day_calendar FOREIGN KEY (calendar_code) REFERENCES business_calendar (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every version of a calendar as it was: the calendar's columns, and its special days as lines of
-- "date TAB kind TAB hours TAB note", in date order.
CREATE TABLE business_calendar_version (
    calendar_code     VARCHAR(64)   NOT NULL,
    version           INT           NOT NULL,
    name_zh           VARCHAR(100)  NOT NULL,
    name_en           VARCHAR(100)  NOT NULL,
    zone              VARCHAR(64)   NOT NULL,
    round_the_clock   BOOLEAN       NOT NULL,
    weekly_hours      VARCHAR(1000) NULL,
    working_weekdays  VARCHAR(100)  NULL,
    special_days      MEDIUMTEXT    NOT NULL,
    changed_by        VARCHAR(100)  NOT NULL,
    changed_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (calendar_code, version),
    CONSTRAINT fk_calendar_version_calendar FOREIGN KEY (calendar_code) REFERENCES business_calendar (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO business_calendar (code, name_zh, name_en, zone, round_the_clock, weekly_hours, working_weekdays,
                               version, changed_by, changed_at)
VALUES ('cn-standard', '标准工作时间', 'Standard working hours', 'Asia/Shanghai', FALSE,
        CONCAT_WS(CHAR(10), 'MONDAY 09:00-12:00 13:30-17:30', 'TUESDAY 09:00-12:00 13:30-17:30',
                  'WEDNESDAY 09:00-12:00 13:30-17:30', 'THURSDAY 09:00-12:00 13:30-17:30', 'FRIDAY 09:00-12:00 13:30-17:30'),
        'MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY', 1, 'migration', UTC_TIMESTAMP(6)),
       ('cn-extended', '延时服务时间', 'Extended service hours', 'Asia/Shanghai', FALSE,
        CONCAT_WS(CHAR(10), 'MONDAY 09:00-12:00 13:30-20:00', 'TUESDAY 09:00-12:00 13:30-20:00',
                  'WEDNESDAY 09:00-12:00 13:30-20:00', 'THURSDAY 09:00-12:00 13:30-20:00', 'FRIDAY 09:00-12:00 13:30-20:00',
                  'SATURDAY 09:00-12:00'),
        'MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY', 1, 'migration', UTC_TIMESTAMP(6)),
       ('24x7', '全天候', 'Around the clock', 'Asia/Shanghai', TRUE, NULL, NULL, 1, 'migration', UTC_TIMESTAMP(6));

-- China's 2026 public holidays and make-up working days (State Council notice of 2025-11-04).
INSERT INTO business_calendar_day (calendar_code, day, kind, hours, note)
VALUES ('cn-standard', '2026-01-01', 'HOLIDAY', NULL, '元旦'),
       ('cn-standard', '2026-01-02', 'HOLIDAY', NULL, '元旦'),
       ('cn-standard', '2026-01-03', 'HOLIDAY', NULL, '元旦'),
       ('cn-standard', '2026-01-04', 'WORKDAY', NULL, '元旦调休'),
       ('cn-standard', '2026-02-14', 'WORKDAY', NULL, '春节调休'),
       ('cn-standard', '2026-02-15', 'HOLIDAY', NULL, '春节'),
       ('cn-standard', '2026-02-16', 'HOLIDAY', NULL, '春节'),
       ('cn-standard', '2026-02-17', 'HOLIDAY', NULL, '春节'),
       ('cn-standard', '2026-02-18', 'HOLIDAY', NULL, '春节'),
       ('cn-standard', '2026-02-19', 'HOLIDAY', NULL, '春节'),
       ('cn-standard', '2026-02-20', 'HOLIDAY', NULL, '春节'),
       ('cn-standard', '2026-02-21', 'HOLIDAY', NULL, '春节'),
       ('cn-standard', '2026-02-22', 'HOLIDAY', NULL, '春节'),
       ('cn-standard', '2026-02-23', 'HOLIDAY', NULL, '春节'),
       ('cn-standard', '2026-02-28', 'WORKDAY', NULL, '春节调休'),
       ('cn-standard', '2026-04-04', 'HOLIDAY', NULL, '清明节'),
       ('cn-standard', '2026-04-05', 'HOLIDAY', NULL, '清明节'),
       ('cn-standard', '2026-04-06', 'HOLIDAY', NULL, '清明节'),
       ('cn-standard', '2026-05-01', 'HOLIDAY', NULL, '劳动节'),
       ('cn-standard', '2026-05-02', 'HOLIDAY', NULL, '劳动节'),
       ('cn-standard', '2026-05-03', 'HOLIDAY', NULL, '劳动节'),
       ('cn-standard', '2026-05-04', 'HOLIDAY', NULL, '劳动节'),
       ('cn-standard', '2026-05-05', 'HOLIDAY', NULL, '劳动节'),
       ('cn-standard', '2026-05-09', 'WORKDAY', NULL, '劳动节调休'),
       ('cn-standard', '2026-06-19', 'HOLIDAY', NULL, '端午节'),
       ('cn-standard', '2026-06-20', 'HOLIDAY', NULL, '端午节'),
       ('cn-standard', '2026-06-21', 'HOLIDAY', NULL, '端午节'),
       ('cn-standard', '2026-09-20', 'WORKDAY', NULL, '国庆节调休'),
       ('cn-standard', '2026-09-25', 'HOLIDAY', NULL, '中秋节'),
       ('cn-standard', '2026-09-26', 'HOLIDAY', NULL, '中秋节'),
       ('cn-standard', '2026-09-27', 'HOLIDAY', NULL, '中秋节'),
       ('cn-standard', '2026-10-01', 'HOLIDAY', NULL, '国庆节'),
       ('cn-standard', '2026-10-02', 'HOLIDAY', NULL, '国庆节'),
       ('cn-standard', '2026-10-03', 'HOLIDAY', NULL, '国庆节'),
       ('cn-standard', '2026-10-04', 'HOLIDAY', NULL, '国庆节'),
       ('cn-standard', '2026-10-05', 'HOLIDAY', NULL, '国庆节'),
       ('cn-standard', '2026-10-06', 'HOLIDAY', NULL, '国庆节'),
       ('cn-standard', '2026-10-07', 'HOLIDAY', NULL, '国庆节'),
       ('cn-standard', '2026-10-10', 'WORKDAY', NULL, '国庆节调休');

-- Extended service keeps the holidays and make-up days of the standard calendar.
INSERT INTO business_calendar_day (calendar_code, day, kind, hours, note)
SELECT 'cn-extended', day, kind, hours, note FROM business_calendar_day WHERE calendar_code = 'cn-standard';

-- Version 1 of each, as seeded (GROUP_CONCAT's default limit of 1,024 bytes would cut the days short).
SET SESSION group_concat_max_len = 1048576;
INSERT INTO business_calendar_version (calendar_code, version, name_zh, name_en, zone, round_the_clock, weekly_hours,
                                       working_weekdays, special_days, changed_by, changed_at)
SELECT c.code, c.version, c.name_zh, c.name_en, c.zone, c.round_the_clock, c.weekly_hours, c.working_weekdays,
       COALESCE((SELECT GROUP_CONCAT(CONCAT_WS(CHAR(9), d.day, d.kind, COALESCE(d.hours, ''), COALESCE(d.note, ''))
                                     ORDER BY d.day SEPARATOR '\n')
                 FROM business_calendar_day d WHERE d.calendar_code = c.code), ''),
       c.changed_by, c.changed_at
FROM business_calendar c;
