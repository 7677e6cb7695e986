-- platform.calendar: official holidays and make-up working days (调休上班日) from the State Council notices
-- (国务院办公厅关于XXXX年部分节假日安排的通知), one row per notice year and one row per listed day.
-- Portable SQL (H2 PostgreSQL mode and PostgreSQL 15). Reference table: small, not org-scoped.

-- One loaded notice per calendar year. A year without a row is "not loaded": deadlines that touch it are provisional (待公布).
create table calendar_notice (
    cal_year     int          not null primary key,
    notice_no    varchar(100) not null,
    published_on date,
    title        varchar(200),
    source       varchar(500),
    remarks      varchar(2000),
    loaded_by    varchar(100) not null,
    loaded_at    timestamp with time zone not null
);

-- The days a notice lists. OFF: a day off (放假/调休放假, weekend days inside a holiday block included as the
-- notice lists them). WORK: a Saturday or Sunday worked (调休上班). A weekday not listed is a working day and a
-- Saturday or Sunday not listed is a rest day (国务院关于职工工作时间的规定 第七条). notice_no names the notice that set
-- the row: a supplementary notice (2019 劳动节, 2020 春节 extension) overrides rows of its year.
-- A notice may list days of the previous December (2019 and 2023 元旦): notice_year is the notice's year.
create table calendar_day (
    cal_date    date         not null primary key,
    notice_year int          not null,
    kind        varchar(8)   not null,
    name        varchar(100) not null,
    notice_no   varchar(100) not null,
    constraint calendar_day_notice_fk foreign key (notice_year) references calendar_notice (cal_year),
    constraint calendar_day_kind_ck check (kind in ('OFF', 'WORK'))
);
create index calendar_day_notice_idx on calendar_day (notice_year);

-- Bumped in the transaction of every change to the tables above; each node compares it with the version of its
-- in-memory calendar and re-reads when it differs (multi-node setups).
create table calendar_version (
    id      int    not null primary key,
    version bigint not null
);
insert into calendar_version (id, version) values (1, 1);

-- Seed: the notices for 2015 to 2026, written from the notice texts (clause quoted above each insert). The test
-- CalendarSeedFixtureTest compares every day with the independent npm package chinese-days (MIT).

-- 2015: 国务院办公厅关于2015年部分节假日安排的通知 国办发明电〔2014〕28号(2014-12-16)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2015, '国办发明电〔2014〕28号', date '2014-12-16', '国务院办公厅关于2015年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', '另据国发明电〔2015〕1号(国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知,2015-05-13):9月3日至5日调休放假,9月6日(星期日)上班。', 'V5__calendar', current_timestamp);
-- 元旦:1月1日至3日放假调休,共3天。1月4日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2015-01-01', 2015, 'OFF', '元旦', '国办发明电〔2014〕28号'),
    (date '2015-01-02', 2015, 'OFF', '元旦', '国办发明电〔2014〕28号'),
    (date '2015-01-03', 2015, 'OFF', '元旦', '国办发明电〔2014〕28号'),
    (date '2015-01-04', 2015, 'WORK', '元旦', '国办发明电〔2014〕28号');
-- 春节:2月18日至24日放假调休,共7天。2月15日(星期日)、2月28日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2015-02-18', 2015, 'OFF', '春节', '国办发明电〔2014〕28号'),
    (date '2015-02-19', 2015, 'OFF', '春节', '国办发明电〔2014〕28号'),
    (date '2015-02-20', 2015, 'OFF', '春节', '国办发明电〔2014〕28号'),
    (date '2015-02-21', 2015, 'OFF', '春节', '国办发明电〔2014〕28号'),
    (date '2015-02-22', 2015, 'OFF', '春节', '国办发明电〔2014〕28号'),
    (date '2015-02-23', 2015, 'OFF', '春节', '国办发明电〔2014〕28号'),
    (date '2015-02-24', 2015, 'OFF', '春节', '国办发明电〔2014〕28号'),
    (date '2015-02-15', 2015, 'WORK', '春节', '国办发明电〔2014〕28号'),
    (date '2015-02-28', 2015, 'WORK', '春节', '国办发明电〔2014〕28号');
-- 清明节:4月5日放假,4月6日(星期一)补休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2015-04-05', 2015, 'OFF', '清明节', '国办发明电〔2014〕28号'),
    (date '2015-04-06', 2015, 'OFF', '清明节', '国办发明电〔2014〕28号');
-- 劳动节:5月1日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2015-05-01', 2015, 'OFF', '劳动节', '国办发明电〔2014〕28号');
-- 端午节:6月20日放假,6月22日(星期一)补休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2015-06-20', 2015, 'OFF', '端午节', '国办发明电〔2014〕28号'),
    (date '2015-06-22', 2015, 'OFF', '端午节', '国办发明电〔2014〕28号');
-- 中秋节:9月27日放假。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2015-09-27', 2015, 'OFF', '中秋节', '国办发明电〔2014〕28号');
-- 国庆节:10月1日至7日放假调休,共7天。10月10日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2015-10-01', 2015, 'OFF', '国庆节', '国办发明电〔2014〕28号'),
    (date '2015-10-02', 2015, 'OFF', '国庆节', '国办发明电〔2014〕28号'),
    (date '2015-10-03', 2015, 'OFF', '国庆节', '国办发明电〔2014〕28号'),
    (date '2015-10-04', 2015, 'OFF', '国庆节', '国办发明电〔2014〕28号'),
    (date '2015-10-05', 2015, 'OFF', '国庆节', '国办发明电〔2014〕28号'),
    (date '2015-10-06', 2015, 'OFF', '国庆节', '国办发明电〔2014〕28号'),
    (date '2015-10-07', 2015, 'OFF', '国庆节', '国办发明电〔2014〕28号'),
    (date '2015-10-10', 2015, 'WORK', '国庆节', '国办发明电〔2014〕28号');
-- 中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日:9月3日至5日调休放假,共3天。其中9月3日(星期四)放假,9月4日(星期五)调休,9月6日(星期日)上班。(国发明电〔2015〕1号)
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2015-09-03', 2015, 'OFF', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', '国发明电〔2015〕1号'),
    (date '2015-09-04', 2015, 'OFF', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', '国发明电〔2015〕1号'),
    (date '2015-09-05', 2015, 'OFF', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', '国发明电〔2015〕1号'),
    (date '2015-09-06', 2015, 'WORK', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', '国发明电〔2015〕1号');

-- 2016: 国务院办公厅关于2016年部分节假日安排的通知 国办发明电〔2015〕18号(2015-12-10)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2016, '国办发明电〔2015〕18号', date '2015-12-10', '国务院办公厅关于2016年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', null, 'V5__calendar', current_timestamp);
-- 元旦:1月1日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2016-01-01', 2016, 'OFF', '元旦', '国办发明电〔2015〕18号');
-- 春节:2月7日至13日放假调休,共7天。2月6日(星期六)、2月14日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2016-02-07', 2016, 'OFF', '春节', '国办发明电〔2015〕18号'),
    (date '2016-02-08', 2016, 'OFF', '春节', '国办发明电〔2015〕18号'),
    (date '2016-02-09', 2016, 'OFF', '春节', '国办发明电〔2015〕18号'),
    (date '2016-02-10', 2016, 'OFF', '春节', '国办发明电〔2015〕18号'),
    (date '2016-02-11', 2016, 'OFF', '春节', '国办发明电〔2015〕18号'),
    (date '2016-02-12', 2016, 'OFF', '春节', '国办发明电〔2015〕18号'),
    (date '2016-02-13', 2016, 'OFF', '春节', '国办发明电〔2015〕18号'),
    (date '2016-02-06', 2016, 'WORK', '春节', '国办发明电〔2015〕18号'),
    (date '2016-02-14', 2016, 'WORK', '春节', '国办发明电〔2015〕18号');
-- 清明节:4月4日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2016-04-04', 2016, 'OFF', '清明节', '国办发明电〔2015〕18号');
-- 劳动节:5月1日放假,5月2日(星期一)补休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2016-05-01', 2016, 'OFF', '劳动节', '国办发明电〔2015〕18号'),
    (date '2016-05-02', 2016, 'OFF', '劳动节', '国办发明电〔2015〕18号');
-- 端午节:6月9日至11日放假调休,共3天。6月12日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2016-06-09', 2016, 'OFF', '端午节', '国办发明电〔2015〕18号'),
    (date '2016-06-10', 2016, 'OFF', '端午节', '国办发明电〔2015〕18号'),
    (date '2016-06-11', 2016, 'OFF', '端午节', '国办发明电〔2015〕18号'),
    (date '2016-06-12', 2016, 'WORK', '端午节', '国办发明电〔2015〕18号');
-- 中秋节:9月15日至17日放假调休,共3天。9月18日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2016-09-15', 2016, 'OFF', '中秋节', '国办发明电〔2015〕18号'),
    (date '2016-09-16', 2016, 'OFF', '中秋节', '国办发明电〔2015〕18号'),
    (date '2016-09-17', 2016, 'OFF', '中秋节', '国办发明电〔2015〕18号'),
    (date '2016-09-18', 2016, 'WORK', '中秋节', '国办发明电〔2015〕18号');
-- 国庆节:10月1日至7日放假调休,共7天。10月8日(星期六)、10月9日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2016-10-01', 2016, 'OFF', '国庆节', '国办发明电〔2015〕18号'),
    (date '2016-10-02', 2016, 'OFF', '国庆节', '国办发明电〔2015〕18号'),
    (date '2016-10-03', 2016, 'OFF', '国庆节', '国办发明电〔2015〕18号'),
    (date '2016-10-04', 2016, 'OFF', '国庆节', '国办发明电〔2015〕18号'),
    (date '2016-10-05', 2016, 'OFF', '国庆节', '国办发明电〔2015〕18号'),
    (date '2016-10-06', 2016, 'OFF', '国庆节', '国办发明电〔2015〕18号'),
    (date '2016-10-07', 2016, 'OFF', '国庆节', '国办发明电〔2015〕18号'),
    (date '2016-10-08', 2016, 'WORK', '国庆节', '国办发明电〔2015〕18号'),
    (date '2016-10-09', 2016, 'WORK', '国庆节', '国办发明电〔2015〕18号');

-- 2017: 国务院办公厅关于2017年部分节假日安排的通知 国办发明电〔2016〕17号(2016-12-01)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2017, '国办发明电〔2016〕17号', date '2016-12-01', '国务院办公厅关于2017年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', null, 'V5__calendar', current_timestamp);
-- 元旦:1月1日放假,1月2日(星期一)补休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2017-01-01', 2017, 'OFF', '元旦', '国办发明电〔2016〕17号'),
    (date '2017-01-02', 2017, 'OFF', '元旦', '国办发明电〔2016〕17号');
-- 春节:1月27日至2月2日放假调休,共7天。1月22日(星期日)、2月4日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2017-01-27', 2017, 'OFF', '春节', '国办发明电〔2016〕17号'),
    (date '2017-01-28', 2017, 'OFF', '春节', '国办发明电〔2016〕17号'),
    (date '2017-01-29', 2017, 'OFF', '春节', '国办发明电〔2016〕17号'),
    (date '2017-01-30', 2017, 'OFF', '春节', '国办发明电〔2016〕17号'),
    (date '2017-01-31', 2017, 'OFF', '春节', '国办发明电〔2016〕17号'),
    (date '2017-02-01', 2017, 'OFF', '春节', '国办发明电〔2016〕17号'),
    (date '2017-02-02', 2017, 'OFF', '春节', '国办发明电〔2016〕17号'),
    (date '2017-01-22', 2017, 'WORK', '春节', '国办发明电〔2016〕17号'),
    (date '2017-02-04', 2017, 'WORK', '春节', '国办发明电〔2016〕17号');
-- 清明节:4月2日至4日放假调休,共3天。4月1日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2017-04-02', 2017, 'OFF', '清明节', '国办发明电〔2016〕17号'),
    (date '2017-04-03', 2017, 'OFF', '清明节', '国办发明电〔2016〕17号'),
    (date '2017-04-04', 2017, 'OFF', '清明节', '国办发明电〔2016〕17号'),
    (date '2017-04-01', 2017, 'WORK', '清明节', '国办发明电〔2016〕17号');
-- 劳动节:5月1日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2017-05-01', 2017, 'OFF', '劳动节', '国办发明电〔2016〕17号');
-- 端午节:5月28日至30日放假调休,共3天。5月27日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2017-05-28', 2017, 'OFF', '端午节', '国办发明电〔2016〕17号'),
    (date '2017-05-29', 2017, 'OFF', '端午节', '国办发明电〔2016〕17号'),
    (date '2017-05-30', 2017, 'OFF', '端午节', '国办发明电〔2016〕17号'),
    (date '2017-05-27', 2017, 'WORK', '端午节', '国办发明电〔2016〕17号');
-- 中秋节、国庆节:10月1日至8日放假调休,共8天。9月30日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2017-10-01', 2017, 'OFF', '中秋节、国庆节', '国办发明电〔2016〕17号'),
    (date '2017-10-02', 2017, 'OFF', '中秋节、国庆节', '国办发明电〔2016〕17号'),
    (date '2017-10-03', 2017, 'OFF', '中秋节、国庆节', '国办发明电〔2016〕17号'),
    (date '2017-10-04', 2017, 'OFF', '中秋节、国庆节', '国办发明电〔2016〕17号'),
    (date '2017-10-05', 2017, 'OFF', '中秋节、国庆节', '国办发明电〔2016〕17号'),
    (date '2017-10-06', 2017, 'OFF', '中秋节、国庆节', '国办发明电〔2016〕17号'),
    (date '2017-10-07', 2017, 'OFF', '中秋节、国庆节', '国办发明电〔2016〕17号'),
    (date '2017-10-08', 2017, 'OFF', '中秋节、国庆节', '国办发明电〔2016〕17号'),
    (date '2017-09-30', 2017, 'WORK', '中秋节、国庆节', '国办发明电〔2016〕17号');

-- 2018: 国务院办公厅关于2018年部分节假日安排的通知 国办发明电〔2017〕12号(2017-11-30)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2018, '国办发明电〔2017〕12号', date '2017-11-30', '国务院办公厅关于2018年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', null, 'V5__calendar', current_timestamp);
-- 元旦:1月1日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2018-01-01', 2018, 'OFF', '元旦', '国办发明电〔2017〕12号');
-- 春节:2月15日至21日放假调休,共7天。2月11日(星期日)、2月24日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2018-02-15', 2018, 'OFF', '春节', '国办发明电〔2017〕12号'),
    (date '2018-02-16', 2018, 'OFF', '春节', '国办发明电〔2017〕12号'),
    (date '2018-02-17', 2018, 'OFF', '春节', '国办发明电〔2017〕12号'),
    (date '2018-02-18', 2018, 'OFF', '春节', '国办发明电〔2017〕12号'),
    (date '2018-02-19', 2018, 'OFF', '春节', '国办发明电〔2017〕12号'),
    (date '2018-02-20', 2018, 'OFF', '春节', '国办发明电〔2017〕12号'),
    (date '2018-02-21', 2018, 'OFF', '春节', '国办发明电〔2017〕12号'),
    (date '2018-02-11', 2018, 'WORK', '春节', '国办发明电〔2017〕12号'),
    (date '2018-02-24', 2018, 'WORK', '春节', '国办发明电〔2017〕12号');
-- 清明节:4月5日至7日放假调休,共3天。4月8日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2018-04-05', 2018, 'OFF', '清明节', '国办发明电〔2017〕12号'),
    (date '2018-04-06', 2018, 'OFF', '清明节', '国办发明电〔2017〕12号'),
    (date '2018-04-07', 2018, 'OFF', '清明节', '国办发明电〔2017〕12号'),
    (date '2018-04-08', 2018, 'WORK', '清明节', '国办发明电〔2017〕12号');
-- 劳动节:4月29日至5月1日放假调休,共3天。4月28日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2018-04-29', 2018, 'OFF', '劳动节', '国办发明电〔2017〕12号'),
    (date '2018-04-30', 2018, 'OFF', '劳动节', '国办发明电〔2017〕12号'),
    (date '2018-05-01', 2018, 'OFF', '劳动节', '国办发明电〔2017〕12号'),
    (date '2018-04-28', 2018, 'WORK', '劳动节', '国办发明电〔2017〕12号');
-- 端午节:6月18日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2018-06-18', 2018, 'OFF', '端午节', '国办发明电〔2017〕12号');
-- 中秋节:9月24日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2018-09-24', 2018, 'OFF', '中秋节', '国办发明电〔2017〕12号');
-- 国庆节:10月1日至7日放假调休,共7天。9月29日(星期六)、9月30日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2018-10-01', 2018, 'OFF', '国庆节', '国办发明电〔2017〕12号'),
    (date '2018-10-02', 2018, 'OFF', '国庆节', '国办发明电〔2017〕12号'),
    (date '2018-10-03', 2018, 'OFF', '国庆节', '国办发明电〔2017〕12号'),
    (date '2018-10-04', 2018, 'OFF', '国庆节', '国办发明电〔2017〕12号'),
    (date '2018-10-05', 2018, 'OFF', '国庆节', '国办发明电〔2017〕12号'),
    (date '2018-10-06', 2018, 'OFF', '国庆节', '国办发明电〔2017〕12号'),
    (date '2018-10-07', 2018, 'OFF', '国庆节', '国办发明电〔2017〕12号'),
    (date '2018-09-29', 2018, 'WORK', '国庆节', '国办发明电〔2017〕12号'),
    (date '2018-09-30', 2018, 'WORK', '国庆节', '国办发明电〔2017〕12号');

-- 2019: 国务院办公厅关于2019年部分节假日安排的通知 国办发明电〔2018〕15号(2018-12-04)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2019, '国办发明电〔2018〕15号', date '2018-12-04', '国务院办公厅关于2019年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', '劳动节经国办发明电〔2019〕3号(国务院办公厅关于调整2019年劳动节假期安排的通知,2019-03-22)调整为5月1日至4日,4月28日、5月5日(星期日)上班;原通知“5月1日放假”被取代。元旦假期含2018年12月30日、31日,2018年12月29日(星期六)上班。', 'V5__calendar', current_timestamp);
-- 元旦:2018年12月30日至2019年1月1日放假调休,共3天。2018年12月29日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2018-12-30', 2019, 'OFF', '元旦', '国办发明电〔2018〕15号'),
    (date '2018-12-31', 2019, 'OFF', '元旦', '国办发明电〔2018〕15号'),
    (date '2019-01-01', 2019, 'OFF', '元旦', '国办发明电〔2018〕15号'),
    (date '2018-12-29', 2019, 'WORK', '元旦', '国办发明电〔2018〕15号');
-- 春节:2月4日至10日放假调休,共7天。2月2日(星期六)、2月3日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2019-02-04', 2019, 'OFF', '春节', '国办发明电〔2018〕15号'),
    (date '2019-02-05', 2019, 'OFF', '春节', '国办发明电〔2018〕15号'),
    (date '2019-02-06', 2019, 'OFF', '春节', '国办发明电〔2018〕15号'),
    (date '2019-02-07', 2019, 'OFF', '春节', '国办发明电〔2018〕15号'),
    (date '2019-02-08', 2019, 'OFF', '春节', '国办发明电〔2018〕15号'),
    (date '2019-02-09', 2019, 'OFF', '春节', '国办发明电〔2018〕15号'),
    (date '2019-02-10', 2019, 'OFF', '春节', '国办发明电〔2018〕15号'),
    (date '2019-02-02', 2019, 'WORK', '春节', '国办发明电〔2018〕15号'),
    (date '2019-02-03', 2019, 'WORK', '春节', '国办发明电〔2018〕15号');
-- 清明节:4月5日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2019-04-05', 2019, 'OFF', '清明节', '国办发明电〔2018〕15号');
-- 劳动节:(调整后)2019年5月1日至4日放假调休,共4天。4月28日(星期日)、5月5日(星期日)上班。(国办发明电〔2019〕3号)
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2019-05-01', 2019, 'OFF', '劳动节', '国办发明电〔2019〕3号'),
    (date '2019-05-02', 2019, 'OFF', '劳动节', '国办发明电〔2019〕3号'),
    (date '2019-05-03', 2019, 'OFF', '劳动节', '国办发明电〔2019〕3号'),
    (date '2019-05-04', 2019, 'OFF', '劳动节', '国办发明电〔2019〕3号'),
    (date '2019-04-28', 2019, 'WORK', '劳动节', '国办发明电〔2019〕3号'),
    (date '2019-05-05', 2019, 'WORK', '劳动节', '国办发明电〔2019〕3号');
-- 端午节:6月7日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2019-06-07', 2019, 'OFF', '端午节', '国办发明电〔2018〕15号');
-- 中秋节:9月13日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2019-09-13', 2019, 'OFF', '中秋节', '国办发明电〔2018〕15号');
-- 国庆节:10月1日至7日放假调休,共7天。9月29日(星期日)、10月12日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2019-10-01', 2019, 'OFF', '国庆节', '国办发明电〔2018〕15号'),
    (date '2019-10-02', 2019, 'OFF', '国庆节', '国办发明电〔2018〕15号'),
    (date '2019-10-03', 2019, 'OFF', '国庆节', '国办发明电〔2018〕15号'),
    (date '2019-10-04', 2019, 'OFF', '国庆节', '国办发明电〔2018〕15号'),
    (date '2019-10-05', 2019, 'OFF', '国庆节', '国办发明电〔2018〕15号'),
    (date '2019-10-06', 2019, 'OFF', '国庆节', '国办发明电〔2018〕15号'),
    (date '2019-10-07', 2019, 'OFF', '国庆节', '国办发明电〔2018〕15号'),
    (date '2019-09-29', 2019, 'WORK', '国庆节', '国办发明电〔2018〕15号'),
    (date '2019-10-12', 2019, 'WORK', '国庆节', '国办发明电〔2018〕15号');

-- 2020: 国务院办公厅关于2020年部分节假日安排的通知 国办发明电〔2019〕16号(2019-11-21)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2020, '国办发明电〔2019〕16号', date '2019-11-21', '国务院办公厅关于2020年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', '春节假期经国办发明电〔2020〕1号(国务院办公厅关于延长2020年春节假期的通知,2020-01-27)延长至2月2日(星期日),2月3日起正常上班;原定2月1日(星期六)上班因此取消。本平台将延长的1月31日至2月2日计为法定休假日(同一发文机关、同一效力的全国性放假安排)。', 'V5__calendar', current_timestamp);
-- 元旦:1月1日放假,共1天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2020-01-01', 2020, 'OFF', '元旦', '国办发明电〔2019〕16号');
-- 春节:1月24日至30日放假调休,共7天。1月19日(星期日)上班。(原定2月1日(星期六)上班,因延长假期取消)
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2020-01-24', 2020, 'OFF', '春节', '国办发明电〔2019〕16号'),
    (date '2020-01-25', 2020, 'OFF', '春节', '国办发明电〔2019〕16号'),
    (date '2020-01-26', 2020, 'OFF', '春节', '国办发明电〔2019〕16号'),
    (date '2020-01-27', 2020, 'OFF', '春节', '国办发明电〔2019〕16号'),
    (date '2020-01-28', 2020, 'OFF', '春节', '国办发明电〔2019〕16号'),
    (date '2020-01-29', 2020, 'OFF', '春节', '国办发明电〔2019〕16号'),
    (date '2020-01-30', 2020, 'OFF', '春节', '国办发明电〔2019〕16号'),
    (date '2020-01-19', 2020, 'WORK', '春节', '国办发明电〔2019〕16号');
-- 春节:(延长)春节假期延长至2月2日(农历正月初九,星期日),2月3日(星期一)起正常上班。(国办发明电〔2020〕1号)
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2020-01-31', 2020, 'OFF', '春节', '国办发明电〔2020〕1号'),
    (date '2020-02-01', 2020, 'OFF', '春节', '国办发明电〔2020〕1号'),
    (date '2020-02-02', 2020, 'OFF', '春节', '国办发明电〔2020〕1号');
-- 清明节:4月4日至6日放假调休,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2020-04-04', 2020, 'OFF', '清明节', '国办发明电〔2019〕16号'),
    (date '2020-04-05', 2020, 'OFF', '清明节', '国办发明电〔2019〕16号'),
    (date '2020-04-06', 2020, 'OFF', '清明节', '国办发明电〔2019〕16号');
-- 劳动节:5月1日至5日放假调休,共5天。4月26日(星期日)、5月9日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2020-05-01', 2020, 'OFF', '劳动节', '国办发明电〔2019〕16号'),
    (date '2020-05-02', 2020, 'OFF', '劳动节', '国办发明电〔2019〕16号'),
    (date '2020-05-03', 2020, 'OFF', '劳动节', '国办发明电〔2019〕16号'),
    (date '2020-05-04', 2020, 'OFF', '劳动节', '国办发明电〔2019〕16号'),
    (date '2020-05-05', 2020, 'OFF', '劳动节', '国办发明电〔2019〕16号'),
    (date '2020-04-26', 2020, 'WORK', '劳动节', '国办发明电〔2019〕16号'),
    (date '2020-05-09', 2020, 'WORK', '劳动节', '国办发明电〔2019〕16号');
-- 端午节:6月25日至27日放假调休,共3天。6月28日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2020-06-25', 2020, 'OFF', '端午节', '国办发明电〔2019〕16号'),
    (date '2020-06-26', 2020, 'OFF', '端午节', '国办发明电〔2019〕16号'),
    (date '2020-06-27', 2020, 'OFF', '端午节', '国办发明电〔2019〕16号'),
    (date '2020-06-28', 2020, 'WORK', '端午节', '国办发明电〔2019〕16号');
-- 国庆节、中秋节:10月1日至8日放假调休,共8天。9月27日(星期日)、10月10日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2020-10-01', 2020, 'OFF', '国庆节、中秋节', '国办发明电〔2019〕16号'),
    (date '2020-10-02', 2020, 'OFF', '国庆节、中秋节', '国办发明电〔2019〕16号'),
    (date '2020-10-03', 2020, 'OFF', '国庆节、中秋节', '国办发明电〔2019〕16号'),
    (date '2020-10-04', 2020, 'OFF', '国庆节、中秋节', '国办发明电〔2019〕16号'),
    (date '2020-10-05', 2020, 'OFF', '国庆节、中秋节', '国办发明电〔2019〕16号'),
    (date '2020-10-06', 2020, 'OFF', '国庆节、中秋节', '国办发明电〔2019〕16号'),
    (date '2020-10-07', 2020, 'OFF', '国庆节、中秋节', '国办发明电〔2019〕16号'),
    (date '2020-10-08', 2020, 'OFF', '国庆节、中秋节', '国办发明电〔2019〕16号'),
    (date '2020-09-27', 2020, 'WORK', '国庆节、中秋节', '国办发明电〔2019〕16号'),
    (date '2020-10-10', 2020, 'WORK', '国庆节、中秋节', '国办发明电〔2019〕16号');

-- 2021: 国务院办公厅关于2021年部分节假日安排的通知 国办发明电〔2020〕27号(2020-11-25)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2021, '国办发明电〔2020〕27号', date '2020-11-25', '国务院办公厅关于2021年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', null, 'V5__calendar', current_timestamp);
-- 元旦:1月1日至3日放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2021-01-01', 2021, 'OFF', '元旦', '国办发明电〔2020〕27号'),
    (date '2021-01-02', 2021, 'OFF', '元旦', '国办发明电〔2020〕27号'),
    (date '2021-01-03', 2021, 'OFF', '元旦', '国办发明电〔2020〕27号');
-- 春节:2月11日至17日放假调休,共7天。2月7日(星期日)、2月20日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2021-02-11', 2021, 'OFF', '春节', '国办发明电〔2020〕27号'),
    (date '2021-02-12', 2021, 'OFF', '春节', '国办发明电〔2020〕27号'),
    (date '2021-02-13', 2021, 'OFF', '春节', '国办发明电〔2020〕27号'),
    (date '2021-02-14', 2021, 'OFF', '春节', '国办发明电〔2020〕27号'),
    (date '2021-02-15', 2021, 'OFF', '春节', '国办发明电〔2020〕27号'),
    (date '2021-02-16', 2021, 'OFF', '春节', '国办发明电〔2020〕27号'),
    (date '2021-02-17', 2021, 'OFF', '春节', '国办发明电〔2020〕27号'),
    (date '2021-02-07', 2021, 'WORK', '春节', '国办发明电〔2020〕27号'),
    (date '2021-02-20', 2021, 'WORK', '春节', '国办发明电〔2020〕27号');
-- 清明节:4月3日至5日放假调休,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2021-04-03', 2021, 'OFF', '清明节', '国办发明电〔2020〕27号'),
    (date '2021-04-04', 2021, 'OFF', '清明节', '国办发明电〔2020〕27号'),
    (date '2021-04-05', 2021, 'OFF', '清明节', '国办发明电〔2020〕27号');
-- 劳动节:5月1日至5日放假调休,共5天。4月25日(星期日)、5月8日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2021-05-01', 2021, 'OFF', '劳动节', '国办发明电〔2020〕27号'),
    (date '2021-05-02', 2021, 'OFF', '劳动节', '国办发明电〔2020〕27号'),
    (date '2021-05-03', 2021, 'OFF', '劳动节', '国办发明电〔2020〕27号'),
    (date '2021-05-04', 2021, 'OFF', '劳动节', '国办发明电〔2020〕27号'),
    (date '2021-05-05', 2021, 'OFF', '劳动节', '国办发明电〔2020〕27号'),
    (date '2021-04-25', 2021, 'WORK', '劳动节', '国办发明电〔2020〕27号'),
    (date '2021-05-08', 2021, 'WORK', '劳动节', '国办发明电〔2020〕27号');
-- 端午节:6月12日至14日放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2021-06-12', 2021, 'OFF', '端午节', '国办发明电〔2020〕27号'),
    (date '2021-06-13', 2021, 'OFF', '端午节', '国办发明电〔2020〕27号'),
    (date '2021-06-14', 2021, 'OFF', '端午节', '国办发明电〔2020〕27号');
-- 中秋节:9月19日至21日放假调休,共3天。9月18日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2021-09-19', 2021, 'OFF', '中秋节', '国办发明电〔2020〕27号'),
    (date '2021-09-20', 2021, 'OFF', '中秋节', '国办发明电〔2020〕27号'),
    (date '2021-09-21', 2021, 'OFF', '中秋节', '国办发明电〔2020〕27号'),
    (date '2021-09-18', 2021, 'WORK', '中秋节', '国办发明电〔2020〕27号');
-- 国庆节:10月1日至7日放假调休,共7天。9月26日(星期日)、10月9日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2021-10-01', 2021, 'OFF', '国庆节', '国办发明电〔2020〕27号'),
    (date '2021-10-02', 2021, 'OFF', '国庆节', '国办发明电〔2020〕27号'),
    (date '2021-10-03', 2021, 'OFF', '国庆节', '国办发明电〔2020〕27号'),
    (date '2021-10-04', 2021, 'OFF', '国庆节', '国办发明电〔2020〕27号'),
    (date '2021-10-05', 2021, 'OFF', '国庆节', '国办发明电〔2020〕27号'),
    (date '2021-10-06', 2021, 'OFF', '国庆节', '国办发明电〔2020〕27号'),
    (date '2021-10-07', 2021, 'OFF', '国庆节', '国办发明电〔2020〕27号'),
    (date '2021-09-26', 2021, 'WORK', '国庆节', '国办发明电〔2020〕27号'),
    (date '2021-10-09', 2021, 'WORK', '国庆节', '国办发明电〔2020〕27号');

-- 2022: 国务院办公厅关于2022年部分节假日安排的通知 国办发明电〔2021〕11号(2021-10-25)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2022, '国办发明电〔2021〕11号', date '2021-10-25', '国务院办公厅关于2022年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', null, 'V5__calendar', current_timestamp);
-- 元旦:1月1日至3日放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2022-01-01', 2022, 'OFF', '元旦', '国办发明电〔2021〕11号'),
    (date '2022-01-02', 2022, 'OFF', '元旦', '国办发明电〔2021〕11号'),
    (date '2022-01-03', 2022, 'OFF', '元旦', '国办发明电〔2021〕11号');
-- 春节:1月31日至2月6日放假调休,共7天。1月29日(星期六)、1月30日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2022-01-31', 2022, 'OFF', '春节', '国办发明电〔2021〕11号'),
    (date '2022-02-01', 2022, 'OFF', '春节', '国办发明电〔2021〕11号'),
    (date '2022-02-02', 2022, 'OFF', '春节', '国办发明电〔2021〕11号'),
    (date '2022-02-03', 2022, 'OFF', '春节', '国办发明电〔2021〕11号'),
    (date '2022-02-04', 2022, 'OFF', '春节', '国办发明电〔2021〕11号'),
    (date '2022-02-05', 2022, 'OFF', '春节', '国办发明电〔2021〕11号'),
    (date '2022-02-06', 2022, 'OFF', '春节', '国办发明电〔2021〕11号'),
    (date '2022-01-29', 2022, 'WORK', '春节', '国办发明电〔2021〕11号'),
    (date '2022-01-30', 2022, 'WORK', '春节', '国办发明电〔2021〕11号');
-- 清明节:4月3日至5日放假调休,共3天。4月2日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2022-04-03', 2022, 'OFF', '清明节', '国办发明电〔2021〕11号'),
    (date '2022-04-04', 2022, 'OFF', '清明节', '国办发明电〔2021〕11号'),
    (date '2022-04-05', 2022, 'OFF', '清明节', '国办发明电〔2021〕11号'),
    (date '2022-04-02', 2022, 'WORK', '清明节', '国办发明电〔2021〕11号');
-- 劳动节:4月30日至5月4日放假调休,共5天。4月24日(星期日)、5月7日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2022-04-30', 2022, 'OFF', '劳动节', '国办发明电〔2021〕11号'),
    (date '2022-05-01', 2022, 'OFF', '劳动节', '国办发明电〔2021〕11号'),
    (date '2022-05-02', 2022, 'OFF', '劳动节', '国办发明电〔2021〕11号'),
    (date '2022-05-03', 2022, 'OFF', '劳动节', '国办发明电〔2021〕11号'),
    (date '2022-05-04', 2022, 'OFF', '劳动节', '国办发明电〔2021〕11号'),
    (date '2022-04-24', 2022, 'WORK', '劳动节', '国办发明电〔2021〕11号'),
    (date '2022-05-07', 2022, 'WORK', '劳动节', '国办发明电〔2021〕11号');
-- 端午节:6月3日至5日放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2022-06-03', 2022, 'OFF', '端午节', '国办发明电〔2021〕11号'),
    (date '2022-06-04', 2022, 'OFF', '端午节', '国办发明电〔2021〕11号'),
    (date '2022-06-05', 2022, 'OFF', '端午节', '国办发明电〔2021〕11号');
-- 中秋节:9月10日至12日放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2022-09-10', 2022, 'OFF', '中秋节', '国办发明电〔2021〕11号'),
    (date '2022-09-11', 2022, 'OFF', '中秋节', '国办发明电〔2021〕11号'),
    (date '2022-09-12', 2022, 'OFF', '中秋节', '国办发明电〔2021〕11号');
-- 国庆节:10月1日至7日放假调休,共7天。10月8日(星期六)、10月9日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2022-10-01', 2022, 'OFF', '国庆节', '国办发明电〔2021〕11号'),
    (date '2022-10-02', 2022, 'OFF', '国庆节', '国办发明电〔2021〕11号'),
    (date '2022-10-03', 2022, 'OFF', '国庆节', '国办发明电〔2021〕11号'),
    (date '2022-10-04', 2022, 'OFF', '国庆节', '国办发明电〔2021〕11号'),
    (date '2022-10-05', 2022, 'OFF', '国庆节', '国办发明电〔2021〕11号'),
    (date '2022-10-06', 2022, 'OFF', '国庆节', '国办发明电〔2021〕11号'),
    (date '2022-10-07', 2022, 'OFF', '国庆节', '国办发明电〔2021〕11号'),
    (date '2022-10-08', 2022, 'WORK', '国庆节', '国办发明电〔2021〕11号'),
    (date '2022-10-09', 2022, 'WORK', '国庆节', '国办发明电〔2021〕11号');

-- 2023: 国务院办公厅关于2023年部分节假日安排的通知 国办发明电〔2022〕16号(2022-12-08)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2023, '国办发明电〔2022〕16号', date '2022-12-08', '国务院办公厅关于2023年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', '元旦假期含2022年12月31日(星期六)。', 'V5__calendar', current_timestamp);
-- 元旦:2022年12月31日至2023年1月2日放假调休,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2022-12-31', 2023, 'OFF', '元旦', '国办发明电〔2022〕16号'),
    (date '2023-01-01', 2023, 'OFF', '元旦', '国办发明电〔2022〕16号'),
    (date '2023-01-02', 2023, 'OFF', '元旦', '国办发明电〔2022〕16号');
-- 春节:1月21日至27日放假调休,共7天。1月28日(星期六)、1月29日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2023-01-21', 2023, 'OFF', '春节', '国办发明电〔2022〕16号'),
    (date '2023-01-22', 2023, 'OFF', '春节', '国办发明电〔2022〕16号'),
    (date '2023-01-23', 2023, 'OFF', '春节', '国办发明电〔2022〕16号'),
    (date '2023-01-24', 2023, 'OFF', '春节', '国办发明电〔2022〕16号'),
    (date '2023-01-25', 2023, 'OFF', '春节', '国办发明电〔2022〕16号'),
    (date '2023-01-26', 2023, 'OFF', '春节', '国办发明电〔2022〕16号'),
    (date '2023-01-27', 2023, 'OFF', '春节', '国办发明电〔2022〕16号'),
    (date '2023-01-28', 2023, 'WORK', '春节', '国办发明电〔2022〕16号'),
    (date '2023-01-29', 2023, 'WORK', '春节', '国办发明电〔2022〕16号');
-- 清明节:4月5日放假,共1天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2023-04-05', 2023, 'OFF', '清明节', '国办发明电〔2022〕16号');
-- 劳动节:4月29日至5月3日放假调休,共5天。4月23日(星期日)、5月6日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2023-04-29', 2023, 'OFF', '劳动节', '国办发明电〔2022〕16号'),
    (date '2023-04-30', 2023, 'OFF', '劳动节', '国办发明电〔2022〕16号'),
    (date '2023-05-01', 2023, 'OFF', '劳动节', '国办发明电〔2022〕16号'),
    (date '2023-05-02', 2023, 'OFF', '劳动节', '国办发明电〔2022〕16号'),
    (date '2023-05-03', 2023, 'OFF', '劳动节', '国办发明电〔2022〕16号'),
    (date '2023-04-23', 2023, 'WORK', '劳动节', '国办发明电〔2022〕16号'),
    (date '2023-05-06', 2023, 'WORK', '劳动节', '国办发明电〔2022〕16号');
-- 端午节:6月22日至24日放假调休,共3天。6月25日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2023-06-22', 2023, 'OFF', '端午节', '国办发明电〔2022〕16号'),
    (date '2023-06-23', 2023, 'OFF', '端午节', '国办发明电〔2022〕16号'),
    (date '2023-06-24', 2023, 'OFF', '端午节', '国办发明电〔2022〕16号'),
    (date '2023-06-25', 2023, 'WORK', '端午节', '国办发明电〔2022〕16号');
-- 中秋节、国庆节:9月29日至10月6日放假调休,共8天。10月7日(星期六)、10月8日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2023-09-29', 2023, 'OFF', '中秋节、国庆节', '国办发明电〔2022〕16号'),
    (date '2023-09-30', 2023, 'OFF', '中秋节、国庆节', '国办发明电〔2022〕16号'),
    (date '2023-10-01', 2023, 'OFF', '中秋节、国庆节', '国办发明电〔2022〕16号'),
    (date '2023-10-02', 2023, 'OFF', '中秋节、国庆节', '国办发明电〔2022〕16号'),
    (date '2023-10-03', 2023, 'OFF', '中秋节、国庆节', '国办发明电〔2022〕16号'),
    (date '2023-10-04', 2023, 'OFF', '中秋节、国庆节', '国办发明电〔2022〕16号'),
    (date '2023-10-05', 2023, 'OFF', '中秋节、国庆节', '国办发明电〔2022〕16号'),
    (date '2023-10-06', 2023, 'OFF', '中秋节、国庆节', '国办发明电〔2022〕16号'),
    (date '2023-10-07', 2023, 'WORK', '中秋节、国庆节', '国办发明电〔2022〕16号'),
    (date '2023-10-08', 2023, 'WORK', '中秋节、国庆节', '国办发明电〔2022〕16号');

-- 2024: 国务院办公厅关于2024年部分节假日安排的通知 国办发明电〔2023〕7号(2023-10-25)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2024, '国办发明电〔2023〕7号', date '2023-10-25', '国务院办公厅关于2024年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', '通知鼓励各单位结合带薪年休假等制度落实,安排职工在除夕(2月9日)休息;该日不是法定休假日。', 'V5__calendar', current_timestamp);
-- 元旦:1月1日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2024-01-01', 2024, 'OFF', '元旦', '国办发明电〔2023〕7号');
-- 春节:2月10日至17日放假调休,共8天。2月4日(星期日)、2月18日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2024-02-10', 2024, 'OFF', '春节', '国办发明电〔2023〕7号'),
    (date '2024-02-11', 2024, 'OFF', '春节', '国办发明电〔2023〕7号'),
    (date '2024-02-12', 2024, 'OFF', '春节', '国办发明电〔2023〕7号'),
    (date '2024-02-13', 2024, 'OFF', '春节', '国办发明电〔2023〕7号'),
    (date '2024-02-14', 2024, 'OFF', '春节', '国办发明电〔2023〕7号'),
    (date '2024-02-15', 2024, 'OFF', '春节', '国办发明电〔2023〕7号'),
    (date '2024-02-16', 2024, 'OFF', '春节', '国办发明电〔2023〕7号'),
    (date '2024-02-17', 2024, 'OFF', '春节', '国办发明电〔2023〕7号'),
    (date '2024-02-04', 2024, 'WORK', '春节', '国办发明电〔2023〕7号'),
    (date '2024-02-18', 2024, 'WORK', '春节', '国办发明电〔2023〕7号');
-- 清明节:4月4日至6日放假调休,共3天。4月7日(星期日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2024-04-04', 2024, 'OFF', '清明节', '国办发明电〔2023〕7号'),
    (date '2024-04-05', 2024, 'OFF', '清明节', '国办发明电〔2023〕7号'),
    (date '2024-04-06', 2024, 'OFF', '清明节', '国办发明电〔2023〕7号'),
    (date '2024-04-07', 2024, 'WORK', '清明节', '国办发明电〔2023〕7号');
-- 劳动节:5月1日至5日放假调休,共5天。4月28日(星期日)、5月11日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2024-05-01', 2024, 'OFF', '劳动节', '国办发明电〔2023〕7号'),
    (date '2024-05-02', 2024, 'OFF', '劳动节', '国办发明电〔2023〕7号'),
    (date '2024-05-03', 2024, 'OFF', '劳动节', '国办发明电〔2023〕7号'),
    (date '2024-05-04', 2024, 'OFF', '劳动节', '国办发明电〔2023〕7号'),
    (date '2024-05-05', 2024, 'OFF', '劳动节', '国办发明电〔2023〕7号'),
    (date '2024-04-28', 2024, 'WORK', '劳动节', '国办发明电〔2023〕7号'),
    (date '2024-05-11', 2024, 'WORK', '劳动节', '国办发明电〔2023〕7号');
-- 端午节:6月10日放假,与周末连休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2024-06-10', 2024, 'OFF', '端午节', '国办发明电〔2023〕7号');
-- 中秋节:9月15日至17日放假调休,共3天。9月14日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2024-09-15', 2024, 'OFF', '中秋节', '国办发明电〔2023〕7号'),
    (date '2024-09-16', 2024, 'OFF', '中秋节', '国办发明电〔2023〕7号'),
    (date '2024-09-17', 2024, 'OFF', '中秋节', '国办发明电〔2023〕7号'),
    (date '2024-09-14', 2024, 'WORK', '中秋节', '国办发明电〔2023〕7号');
-- 国庆节:10月1日至7日放假调休,共7天。9月29日(星期日)、10月12日(星期六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2024-10-01', 2024, 'OFF', '国庆节', '国办发明电〔2023〕7号'),
    (date '2024-10-02', 2024, 'OFF', '国庆节', '国办发明电〔2023〕7号'),
    (date '2024-10-03', 2024, 'OFF', '国庆节', '国办发明电〔2023〕7号'),
    (date '2024-10-04', 2024, 'OFF', '国庆节', '国办发明电〔2023〕7号'),
    (date '2024-10-05', 2024, 'OFF', '国庆节', '国办发明电〔2023〕7号'),
    (date '2024-10-06', 2024, 'OFF', '国庆节', '国办发明电〔2023〕7号'),
    (date '2024-10-07', 2024, 'OFF', '国庆节', '国办发明电〔2023〕7号'),
    (date '2024-09-29', 2024, 'WORK', '国庆节', '国办发明电〔2023〕7号'),
    (date '2024-10-12', 2024, 'WORK', '国庆节', '国办发明电〔2023〕7号');

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号(2024-11-12)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2025, '国办发明电〔2024〕12号', date '2024-11-12', '国务院办公厅关于2025年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', '全国年节及纪念日放假办法(2024年修订)施行后的第一年:春节、劳动节各增加1天。', 'V5__calendar', current_timestamp);
-- 元旦:1月1日(周三)放假1天,不调休。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2025-01-01', 2025, 'OFF', '元旦', '国办发明电〔2024〕12号');
-- 春节:1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)放假调休,共8天。1月26日(周日)、2月8日(周六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2025-01-28', 2025, 'OFF', '春节', '国办发明电〔2024〕12号'),
    (date '2025-01-29', 2025, 'OFF', '春节', '国办发明电〔2024〕12号'),
    (date '2025-01-30', 2025, 'OFF', '春节', '国办发明电〔2024〕12号'),
    (date '2025-01-31', 2025, 'OFF', '春节', '国办发明电〔2024〕12号'),
    (date '2025-02-01', 2025, 'OFF', '春节', '国办发明电〔2024〕12号'),
    (date '2025-02-02', 2025, 'OFF', '春节', '国办发明电〔2024〕12号'),
    (date '2025-02-03', 2025, 'OFF', '春节', '国办发明电〔2024〕12号'),
    (date '2025-02-04', 2025, 'OFF', '春节', '国办发明电〔2024〕12号'),
    (date '2025-01-26', 2025, 'WORK', '春节', '国办发明电〔2024〕12号'),
    (date '2025-02-08', 2025, 'WORK', '春节', '国办发明电〔2024〕12号');
-- 清明节:4月4日(周五)至6日(周日)放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2025-04-04', 2025, 'OFF', '清明节', '国办发明电〔2024〕12号'),
    (date '2025-04-05', 2025, 'OFF', '清明节', '国办发明电〔2024〕12号'),
    (date '2025-04-06', 2025, 'OFF', '清明节', '国办发明电〔2024〕12号');
-- 劳动节:5月1日(周四)至5日(周一)放假调休,共5天。4月27日(周日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2025-05-01', 2025, 'OFF', '劳动节', '国办发明电〔2024〕12号'),
    (date '2025-05-02', 2025, 'OFF', '劳动节', '国办发明电〔2024〕12号'),
    (date '2025-05-03', 2025, 'OFF', '劳动节', '国办发明电〔2024〕12号'),
    (date '2025-05-04', 2025, 'OFF', '劳动节', '国办发明电〔2024〕12号'),
    (date '2025-05-05', 2025, 'OFF', '劳动节', '国办发明电〔2024〕12号'),
    (date '2025-04-27', 2025, 'WORK', '劳动节', '国办发明电〔2024〕12号');
-- 端午节:5月31日(周六)至6月2日(周一)放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2025-05-31', 2025, 'OFF', '端午节', '国办发明电〔2024〕12号'),
    (date '2025-06-01', 2025, 'OFF', '端午节', '国办发明电〔2024〕12号'),
    (date '2025-06-02', 2025, 'OFF', '端午节', '国办发明电〔2024〕12号');
-- 国庆节、中秋节:10月1日(周三)至8日(周三)放假调休,共8天。9月28日(周日)、10月11日(周六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2025-10-01', 2025, 'OFF', '国庆节、中秋节', '国办发明电〔2024〕12号'),
    (date '2025-10-02', 2025, 'OFF', '国庆节、中秋节', '国办发明电〔2024〕12号'),
    (date '2025-10-03', 2025, 'OFF', '国庆节、中秋节', '国办发明电〔2024〕12号'),
    (date '2025-10-04', 2025, 'OFF', '国庆节、中秋节', '国办发明电〔2024〕12号'),
    (date '2025-10-05', 2025, 'OFF', '国庆节、中秋节', '国办发明电〔2024〕12号'),
    (date '2025-10-06', 2025, 'OFF', '国庆节、中秋节', '国办发明电〔2024〕12号'),
    (date '2025-10-07', 2025, 'OFF', '国庆节、中秋节', '国办发明电〔2024〕12号'),
    (date '2025-10-08', 2025, 'OFF', '国庆节、中秋节', '国办发明电〔2024〕12号'),
    (date '2025-09-28', 2025, 'WORK', '国庆节、中秋节', '国办发明电〔2024〕12号'),
    (date '2025-10-11', 2025, 'WORK', '国庆节、中秋节', '国办发明电〔2024〕12号');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 国办发明电〔2025〕7号(2025-11-04)
insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at) values (2026, '国办发明电〔2025〕7号', date '2025-11-04', '国务院办公厅关于2026年部分节假日安排的通知', '中国政府网(www.gov.cn)国务院文件', null, 'V5__calendar', current_timestamp);
-- 元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2026-01-01', 2026, 'OFF', '元旦', '国办发明电〔2025〕7号'),
    (date '2026-01-02', 2026, 'OFF', '元旦', '国办发明电〔2025〕7号'),
    (date '2026-01-03', 2026, 'OFF', '元旦', '国办发明电〔2025〕7号'),
    (date '2026-01-04', 2026, 'WORK', '元旦', '国办发明电〔2025〕7号');
-- 春节:2月15日(农历腊月二十八、周日)至23日(农历正月初七、周一)放假调休,共9天。2月14日(周六)、2月28日(周六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2026-02-15', 2026, 'OFF', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-16', 2026, 'OFF', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-17', 2026, 'OFF', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-18', 2026, 'OFF', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-19', 2026, 'OFF', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-20', 2026, 'OFF', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-21', 2026, 'OFF', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-22', 2026, 'OFF', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-23', 2026, 'OFF', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-14', 2026, 'WORK', '春节', '国办发明电〔2025〕7号'),
    (date '2026-02-28', 2026, 'WORK', '春节', '国办发明电〔2025〕7号');
-- 清明节:4月4日(周六)至6日(周一)放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2026-04-04', 2026, 'OFF', '清明节', '国办发明电〔2025〕7号'),
    (date '2026-04-05', 2026, 'OFF', '清明节', '国办发明电〔2025〕7号'),
    (date '2026-04-06', 2026, 'OFF', '清明节', '国办发明电〔2025〕7号');
-- 劳动节:5月1日(周五)至5日(周二)放假调休,共5天。5月9日(周六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2026-05-01', 2026, 'OFF', '劳动节', '国办发明电〔2025〕7号'),
    (date '2026-05-02', 2026, 'OFF', '劳动节', '国办发明电〔2025〕7号'),
    (date '2026-05-03', 2026, 'OFF', '劳动节', '国办发明电〔2025〕7号'),
    (date '2026-05-04', 2026, 'OFF', '劳动节', '国办发明电〔2025〕7号'),
    (date '2026-05-05', 2026, 'OFF', '劳动节', '国办发明电〔2025〕7号'),
    (date '2026-05-09', 2026, 'WORK', '劳动节', '国办发明电〔2025〕7号');
-- 端午节:6月19日(周五)至21日(周日)放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2026-06-19', 2026, 'OFF', '端午节', '国办发明电〔2025〕7号'),
    (date '2026-06-20', 2026, 'OFF', '端午节', '国办发明电〔2025〕7号'),
    (date '2026-06-21', 2026, 'OFF', '端午节', '国办发明电〔2025〕7号');
-- 中秋节:9月25日(周五)至27日(周日)放假,共3天。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2026-09-25', 2026, 'OFF', '中秋节', '国办发明电〔2025〕7号'),
    (date '2026-09-26', 2026, 'OFF', '中秋节', '国办发明电〔2025〕7号'),
    (date '2026-09-27', 2026, 'OFF', '中秋节', '国办发明电〔2025〕7号');
-- 国庆节:10月1日(周四)至7日(周三)放假调休,共7天。9月20日(周日)、10月10日(周六)上班。
insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values
    (date '2026-10-01', 2026, 'OFF', '国庆节', '国办发明电〔2025〕7号'),
    (date '2026-10-02', 2026, 'OFF', '国庆节', '国办发明电〔2025〕7号'),
    (date '2026-10-03', 2026, 'OFF', '国庆节', '国办发明电〔2025〕7号'),
    (date '2026-10-04', 2026, 'OFF', '国庆节', '国办发明电〔2025〕7号'),
    (date '2026-10-05', 2026, 'OFF', '国庆节', '国办发明电〔2025〕7号'),
    (date '2026-10-06', 2026, 'OFF', '国庆节', '国办发明电〔2025〕7号'),
    (date '2026-10-07', 2026, 'OFF', '国庆节', '国办发明电〔2025〕7号'),
    (date '2026-09-20', 2026, 'WORK', '国庆节', '国办发明电〔2025〕7号'),
    (date '2026-10-10', 2026, 'WORK', '国庆节', '国办发明电〔2025〕7号');
