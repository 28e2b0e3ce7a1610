-- The border flag of a province (tỉnh biên giới): only a province with a land border keeps border
-- gates, incidents and friendship pairs. Set for the provinces on the borders with China, Laos and
-- Cambodia before the 2025 reorganisation, and for the units that took them over on 1 July 2025.
alter table org_unit add column border boolean default false not null;

update org_unit set border = true where code in (
    -- the border with China
    '02',  -- Tỉnh Hà Giang (merged into 08)
    '04',  -- Tỉnh Cao Bằng
    '10',  -- Tỉnh Lào Cai (merged into 15)
    '11',  -- Tỉnh Điện Biên (also the border with Laos)
    '12',  -- Tỉnh Lai Châu
    '20',  -- Tỉnh Lạng Sơn
    '22',  -- Tỉnh Quảng Ninh
    -- the border with Laos
    '14',  -- Tỉnh Sơn La
    '38',  -- Tỉnh Thanh Hóa
    '40',  -- Tỉnh Nghệ An
    '42',  -- Tỉnh Hà Tĩnh
    '44',  -- Tỉnh Quảng Bình (now Tỉnh Quảng Trị, which took over 45)
    '45',  -- Tỉnh Quảng Trị (merged into 44)
    '46',  -- Tỉnh Thừa Thiên Huế (now Thành phố Huế)
    '49',  -- Tỉnh Quảng Nam (merged into 48)
    '62',  -- Tỉnh Kon Tum (merged into 51; also the border with Cambodia)
    -- the border with Cambodia
    '64',  -- Tỉnh Gia Lai (merged into 52)
    '66',  -- Tỉnh Đắk Lắk
    '67',  -- Tỉnh Đắk Nông (merged into 68)
    '70',  -- Tỉnh Bình Phước (merged into 75)
    '72',  -- Tỉnh Tây Ninh (merged into 80)
    '80',  -- Tỉnh Long An (now Tỉnh Tây Ninh, which took over 72)
    '87',  -- Tỉnh Đồng Tháp (merged into 82)
    '89',  -- Tỉnh An Giang (merged into 91)
    '91',  -- Tỉnh Kiên Giang (now Tỉnh An Giang, which took over 89)
    -- the 2025 units that took over a border province
    '08',  -- Tỉnh Tuyên Quang (Hà Giang)
    '15',  -- Tỉnh Lào Cai, formerly Yên Bái (Lào Cai)
    '48',  -- Thành phố Đà Nẵng (Quảng Nam)
    '51',  -- Tỉnh Quảng Ngãi (Kon Tum)
    '52',  -- Tỉnh Gia Lai, formerly Bình Định (Gia Lai)
    '68',  -- Tỉnh Lâm Đồng (Đắk Nông)
    '75',  -- Tỉnh Đồng Nai (Bình Phước)
    '82'   -- Tỉnh Đồng Tháp, formerly Tiền Giang (Đồng Tháp)
);
