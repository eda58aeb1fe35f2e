# Generated from forms/dealer_file.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DealerFileDialog(object):
    def setupUi(self, DealerFileDialog):
        if not DealerFileDialog.objectName():
            DealerFileDialog.setObjectName(u"DealerFileDialog")
        DealerFileDialog.resize(920, 700)
        self.main_layout = QVBoxLayout(DealerFileDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_box = QHBoxLayout()
        self.header_box.setObjectName(u"header_box")
        self.title_label = QLabel(DealerFileDialog)
        self.title_label.setObjectName(u"title_label")

        self.header_box.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_box.addItem(self.header_spacer)

        self.audit_label = QLabel(DealerFileDialog)
        self.audit_label.setObjectName(u"audit_label")

        self.header_box.addWidget(self.audit_label)


        self.main_layout.addLayout(self.header_box)

        self.tabs = QTabWidget(DealerFileDialog)
        self.tabs.setObjectName(u"tabs")
        self.basics_tab = QWidget()
        self.basics_tab.setObjectName(u"basics_tab")
        self.basics_outer = QVBoxLayout(self.basics_tab)
        self.basics_outer.setObjectName(u"basics_outer")
        self.basics_scroll = QScrollArea(self.basics_tab)
        self.basics_scroll.setObjectName(u"basics_scroll")
        self.basics_scroll.setWidgetResizable(True)
        self.basics_scroll.setFrameShape(QFrame.NoFrame)
        self.basics_page = QWidget()
        self.basics_page.setObjectName(u"basics_page")
        self.basics_form = QFormLayout(self.basics_page)
        self.basics_form.setObjectName(u"basics_form")
        self.basics_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.basics_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.legal_name_label = QLabel(self.basics_page)
        self.legal_name_label.setObjectName(u"legal_name_label")

        self.basics_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legal_name_label)

        self.legal_name_edit = QLineEdit(self.basics_page)
        self.legal_name_edit.setObjectName(u"legal_name_edit")

        self.basics_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legal_name_edit)

        self.short_name_label = QLabel(self.basics_page)
        self.short_name_label.setObjectName(u"short_name_label")

        self.basics_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name_edit = QLineEdit(self.basics_page)
        self.short_name_edit.setObjectName(u"short_name_edit")

        self.basics_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.short_name_edit)

        self.uscc_label = QLabel(self.basics_page)
        self.uscc_label.setObjectName(u"uscc_label")

        self.basics_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.uscc_label)

        self.uscc_edit = QLineEdit(self.basics_page)
        self.uscc_edit.setObjectName(u"uscc_edit")
        self.uscc_edit.setMaxLength(30)

        self.basics_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.uscc_edit)

        self.dealer_type_label = QLabel(self.basics_page)
        self.dealer_type_label.setObjectName(u"dealer_type_label")

        self.basics_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dealer_type_label)

        self.dealer_type_combo = QComboBox(self.basics_page)
        self.dealer_type_combo.setObjectName(u"dealer_type_combo")

        self.basics_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dealer_type_combo)

        self.founded_on_label = QLabel(self.basics_page)
        self.founded_on_label.setObjectName(u"founded_on_label")

        self.basics_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.founded_on_label)

        self.founded_on_edit = QDateEdit(self.basics_page)
        self.founded_on_edit.setObjectName(u"founded_on_edit")
        self.founded_on_edit.setCalendarPopup(True)
        self.founded_on_edit.setMinimumDate(QDate(1900, 1, 1))

        self.basics_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.founded_on_edit)

        self.province_label = QLabel(self.basics_page)
        self.province_label.setObjectName(u"province_label")

        self.basics_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.province_label)

        self.province_edit = QLineEdit(self.basics_page)
        self.province_edit.setObjectName(u"province_edit")

        self.basics_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.province_edit)

        self.city_label = QLabel(self.basics_page)
        self.city_label.setObjectName(u"city_label")

        self.basics_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(self.basics_page)
        self.city_edit.setObjectName(u"city_edit")

        self.basics_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.district_label = QLabel(self.basics_page)
        self.district_label.setObjectName(u"district_label")

        self.basics_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_edit = QLineEdit(self.basics_page)
        self.district_edit.setObjectName(u"district_edit")

        self.basics_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.district_edit)

        self.address_label = QLabel(self.basics_page)
        self.address_label.setObjectName(u"address_label")

        self.basics_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.basics_page)
        self.address_edit.setObjectName(u"address_edit")

        self.basics_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.brands_label = QLabel(self.basics_page)
        self.brands_label.setObjectName(u"brands_label")

        self.basics_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.brands_label)

        self.brands_edit = QLineEdit(self.basics_page)
        self.brands_edit.setObjectName(u"brands_edit")

        self.basics_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.brands_edit)

        self.main_models_label = QLabel(self.basics_page)
        self.main_models_label.setObjectName(u"main_models_label")

        self.basics_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.main_models_label)

        self.main_models_edit = QLineEdit(self.basics_page)
        self.main_models_edit.setObjectName(u"main_models_edit")

        self.basics_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.main_models_edit)

        self.annual_sales_label = QLabel(self.basics_page)
        self.annual_sales_label.setObjectName(u"annual_sales_label")

        self.basics_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.annual_sales_label)

        self.annual_sales_edit = QLineEdit(self.basics_page)
        self.annual_sales_edit.setObjectName(u"annual_sales_edit")

        self.basics_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.annual_sales_edit)

        self.contact_name_label = QLabel(self.basics_page)
        self.contact_name_label.setObjectName(u"contact_name_label")

        self.basics_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.contact_name_label)

        self.contact_name_edit = QLineEdit(self.basics_page)
        self.contact_name_edit.setObjectName(u"contact_name_edit")

        self.basics_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.contact_name_edit)

        self.contact_phone_label = QLabel(self.basics_page)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.basics_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.contact_phone_label)

        self.contact_phone_edit = QLineEdit(self.basics_page)
        self.contact_phone_edit.setObjectName(u"contact_phone_edit")

        self.basics_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.contact_phone_edit)

        self.sources_group = QGroupBox(self.basics_page)
        self.sources_group.setObjectName(u"sources_group")
        self.sources_grid = QGridLayout(self.sources_group)
        self.sources_grid.setObjectName(u"sources_grid")
        self.source_government_check = QCheckBox(self.sources_group)
        self.source_government_check.setObjectName(u"source_government_check")

        self.sources_grid.addWidget(self.source_government_check, 0, 0, 1, 1)

        self.source_association_check = QCheckBox(self.sources_group)
        self.source_association_check.setObjectName(u"source_association_check")

        self.sources_grid.addWidget(self.source_association_check, 0, 1, 1, 1)

        self.source_media_check = QCheckBox(self.sources_group)
        self.source_media_check.setObjectName(u"source_media_check")

        self.sources_grid.addWidget(self.source_media_check, 0, 2, 1, 1)

        self.source_web_check = QCheckBox(self.sources_group)
        self.source_web_check.setObjectName(u"source_web_check")

        self.sources_grid.addWidget(self.source_web_check, 0, 3, 1, 1)

        self.source_magazine_check = QCheckBox(self.sources_group)
        self.source_magazine_check.setObjectName(u"source_magazine_check")

        self.sources_grid.addWidget(self.source_magazine_check, 1, 0, 1, 1)

        self.source_newspaper_check = QCheckBox(self.sources_group)
        self.source_newspaper_check.setObjectName(u"source_newspaper_check")

        self.sources_grid.addWidget(self.source_newspaper_check, 1, 1, 1, 1)

        self.source_field_check = QCheckBox(self.sources_group)
        self.source_field_check.setObjectName(u"source_field_check")

        self.sources_grid.addWidget(self.source_field_check, 1, 2, 1, 1)

        self.verified_label = QLabel(self.sources_group)
        self.verified_label.setObjectName(u"verified_label")

        self.sources_grid.addWidget(self.verified_label, 2, 0, 1, 4)


        self.basics_form.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.sources_group)

        self.basics_scroll.setWidget(self.basics_page)

        self.basics_outer.addWidget(self.basics_scroll)

        self.tabs.addTab(self.basics_tab, "")
        self.findings_tab = QWidget()
        self.findings_tab.setObjectName(u"findings_tab")
        self.findings_outer = QVBoxLayout(self.findings_tab)
        self.findings_outer.setObjectName(u"findings_outer")
        self.findings_scroll = QScrollArea(self.findings_tab)
        self.findings_scroll.setObjectName(u"findings_scroll")
        self.findings_scroll.setWidgetResizable(True)
        self.findings_scroll.setFrameShape(QFrame.NoFrame)
        self.findings_page = QWidget()
        self.findings_page.setObjectName(u"findings_page")
        self.findings_form = QFormLayout(self.findings_page)
        self.findings_form.setObjectName(u"findings_form")
        self.findings_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.findings_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.premium_scale_label = QLabel(self.findings_page)
        self.premium_scale_label.setObjectName(u"premium_scale_label")

        self.findings_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.premium_scale_label)

        self.premium_scale_edit = QLineEdit(self.findings_page)
        self.premium_scale_edit.setObjectName(u"premium_scale_edit")

        self.findings_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.premium_scale_edit)

        self.business_structure_label = QLabel(self.findings_page)
        self.business_structure_label.setObjectName(u"business_structure_label")

        self.findings_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.business_structure_label)

        self.business_structure_edit = QPlainTextEdit(self.findings_page)
        self.business_structure_edit.setObjectName(u"business_structure_edit")
        self.business_structure_edit.setTabChangesFocus(True)
        self.business_structure_edit.setMaximumSize(QSize(16777215, 60))

        self.findings_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.business_structure_edit)

        self.new_car_rate_label = QLabel(self.findings_page)
        self.new_car_rate_label.setObjectName(u"new_car_rate_label")

        self.findings_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_car_rate_label)

        self.new_car_rate_edit = QLineEdit(self.findings_page)
        self.new_car_rate_edit.setObjectName(u"new_car_rate_edit")

        self.findings_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_car_rate_edit)

        self.renewal_rate_label = QLabel(self.findings_page)
        self.renewal_rate_label.setObjectName(u"renewal_rate_label")

        self.findings_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.renewal_rate_label)

        self.renewal_rate_edit = QLineEdit(self.findings_page)
        self.renewal_rate_edit.setObjectName(u"renewal_rate_edit")

        self.findings_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.renewal_rate_edit)

        self.repair_needs_label = QLabel(self.findings_page)
        self.repair_needs_label.setObjectName(u"repair_needs_label")

        self.findings_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repair_needs_label)

        self.repair_needs_edit = QPlainTextEdit(self.findings_page)
        self.repair_needs_edit.setObjectName(u"repair_needs_edit")
        self.repair_needs_edit.setTabChangesFocus(True)
        self.repair_needs_edit.setMaximumSize(QSize(16777215, 60))

        self.findings_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repair_needs_edit)

        self.brands_repaired_label = QLabel(self.findings_page)
        self.brands_repaired_label.setObjectName(u"brands_repaired_label")

        self.findings_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.brands_repaired_label)

        self.brands_repaired_edit = QLineEdit(self.findings_page)
        self.brands_repaired_edit.setObjectName(u"brands_repaired_edit")

        self.findings_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.brands_repaired_edit)

        self.entity_structure_label = QLabel(self.findings_page)
        self.entity_structure_label.setObjectName(u"entity_structure_label")

        self.findings_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.entity_structure_label)

        self.entity_structure_edit = QLineEdit(self.findings_page)
        self.entity_structure_edit.setObjectName(u"entity_structure_edit")

        self.findings_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.entity_structure_edit)

        self.willingness_label = QLabel(self.findings_page)
        self.willingness_label.setObjectName(u"willingness_label")

        self.findings_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.willingness_label)

        self.willingness_combo = QComboBox(self.findings_page)
        self.willingness_combo.setObjectName(u"willingness_combo")

        self.findings_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.willingness_combo)

        self.licence_no_label = QLabel(self.findings_page)
        self.licence_no_label.setObjectName(u"licence_no_label")

        self.findings_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.licence_no_label)

        self.licence_no_edit = QLineEdit(self.findings_page)
        self.licence_no_edit.setObjectName(u"licence_no_edit")

        self.findings_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.licence_no_edit)

        self.licence_expiry_label = QLabel(self.findings_page)
        self.licence_expiry_label.setObjectName(u"licence_expiry_label")

        self.findings_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.licence_expiry_label)

        self.licence_expiry_edit = QDateEdit(self.findings_page)
        self.licence_expiry_edit.setObjectName(u"licence_expiry_edit")
        self.licence_expiry_edit.setCalendarPopup(True)
        self.licence_expiry_edit.setMinimumDate(QDate(1900, 1, 1))

        self.findings_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.licence_expiry_edit)

        self.insurers_group = QGroupBox(self.findings_page)
        self.insurers_group.setObjectName(u"insurers_group")
        self.insurers_box = QVBoxLayout(self.insurers_group)
        self.insurers_box.setObjectName(u"insurers_box")
        self.insurers_table = QTableWidget(self.insurers_group)
        self.insurers_table.setObjectName(u"insurers_table")
        self.insurers_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.insurers_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.insurers_table.setAlternatingRowColors(True)

        self.insurers_box.addWidget(self.insurers_table)

        self.insurers_buttons = QHBoxLayout()
        self.insurers_buttons.setObjectName(u"insurers_buttons")
        self.add_insurer_button = QPushButton(self.insurers_group)
        self.add_insurer_button.setObjectName(u"add_insurer_button")

        self.insurers_buttons.addWidget(self.add_insurer_button)

        self.remove_insurer_button = QPushButton(self.insurers_group)
        self.remove_insurer_button.setObjectName(u"remove_insurer_button")

        self.insurers_buttons.addWidget(self.remove_insurer_button)

        self.insurers_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.insurers_buttons.addItem(self.insurers_spacer)


        self.insurers_box.addLayout(self.insurers_buttons)


        self.findings_form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.insurers_group)

        self.findings_scroll.setWidget(self.findings_page)

        self.findings_outer.addWidget(self.findings_scroll)

        self.tabs.addTab(self.findings_tab, "")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_box = QVBoxLayout(self.people_tab)
        self.people_box.setObjectName(u"people_box")
        self.people_table = QTableWidget(self.people_tab)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.people_table.setAlternatingRowColors(True)

        self.people_box.addWidget(self.people_table)

        self.people_buttons = QHBoxLayout()
        self.people_buttons.setObjectName(u"people_buttons")
        self.add_person_button = QPushButton(self.people_tab)
        self.add_person_button.setObjectName(u"add_person_button")

        self.people_buttons.addWidget(self.add_person_button)

        self.edit_person_button = QPushButton(self.people_tab)
        self.edit_person_button.setObjectName(u"edit_person_button")

        self.people_buttons.addWidget(self.edit_person_button)

        self.remove_person_button = QPushButton(self.people_tab)
        self.remove_person_button.setObjectName(u"remove_person_button")

        self.people_buttons.addWidget(self.remove_person_button)

        self.people_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.people_buttons.addItem(self.people_spacer)


        self.people_box.addLayout(self.people_buttons)

        self.tabs.addTab(self.people_tab, "")
        self.visits_tab = QWidget()
        self.visits_tab.setObjectName(u"visits_tab")
        self.visits_box = QVBoxLayout(self.visits_tab)
        self.visits_box.setObjectName(u"visits_box")
        self.visits_table = QTableWidget(self.visits_tab)
        self.visits_table.setObjectName(u"visits_table")
        self.visits_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.visits_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.visits_table.setAlternatingRowColors(True)

        self.visits_box.addWidget(self.visits_table)

        self.visits_buttons = QHBoxLayout()
        self.visits_buttons.setObjectName(u"visits_buttons")
        self.add_visit_button = QPushButton(self.visits_tab)
        self.add_visit_button.setObjectName(u"add_visit_button")

        self.visits_buttons.addWidget(self.add_visit_button)

        self.edit_visit_button = QPushButton(self.visits_tab)
        self.edit_visit_button.setObjectName(u"edit_visit_button")

        self.visits_buttons.addWidget(self.edit_visit_button)

        self.remove_visit_button = QPushButton(self.visits_tab)
        self.remove_visit_button.setObjectName(u"remove_visit_button")

        self.visits_buttons.addWidget(self.remove_visit_button)

        self.visits_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.visits_buttons.addItem(self.visits_spacer)


        self.visits_box.addLayout(self.visits_buttons)

        self.tabs.addTab(self.visits_tab, "")
        self.relationships_tab = QWidget()
        self.relationships_tab.setObjectName(u"relationships_tab")
        self.relationships_box = QVBoxLayout(self.relationships_tab)
        self.relationships_box.setObjectName(u"relationships_box")
        self.relationships_hint = QLabel(self.relationships_tab)
        self.relationships_hint.setObjectName(u"relationships_hint")
        self.relationships_hint.setWordWrap(True)

        self.relationships_box.addWidget(self.relationships_hint)

        self.relationships_table = QTableWidget(self.relationships_tab)
        self.relationships_table.setObjectName(u"relationships_table")
        self.relationships_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.relationships_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.relationships_table.setAlternatingRowColors(True)

        self.relationships_box.addWidget(self.relationships_table)

        self.relationships_buttons = QHBoxLayout()
        self.relationships_buttons.setObjectName(u"relationships_buttons")
        self.add_relationship_button = QPushButton(self.relationships_tab)
        self.add_relationship_button.setObjectName(u"add_relationship_button")

        self.relationships_buttons.addWidget(self.add_relationship_button)

        self.remove_relationship_button = QPushButton(self.relationships_tab)
        self.remove_relationship_button.setObjectName(u"remove_relationship_button")

        self.relationships_buttons.addWidget(self.remove_relationship_button)

        self.relationships_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.relationships_buttons.addItem(self.relationships_spacer)


        self.relationships_box.addLayout(self.relationships_buttons)

        self.tabs.addTab(self.relationships_tab, "")
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName(u"notes_tab")
        self.notes_box = QVBoxLayout(self.notes_tab)
        self.notes_box.setObjectName(u"notes_box")
        self.notes_edit = QPlainTextEdit(self.notes_tab)
        self.notes_edit.setObjectName(u"notes_edit")

        self.notes_box.addWidget(self.notes_edit)

        self.tabs.addTab(self.notes_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box_layout = QHBoxLayout()
        self.button_box_layout.setObjectName(u"button_box_layout")
        self.error_summary_label = QLabel(DealerFileDialog)
        self.error_summary_label.setObjectName(u"error_summary_label")
        self.error_summary_label.setWordWrap(True)

        self.button_box_layout.addWidget(self.error_summary_label)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_box_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(DealerFileDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.button_box_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.button_box_layout)

#if QT_CONFIG(shortcut)
        self.legal_name_label.setBuddy(self.legal_name_edit)
        self.short_name_label.setBuddy(self.short_name_edit)
        self.uscc_label.setBuddy(self.uscc_edit)
        self.dealer_type_label.setBuddy(self.dealer_type_combo)
        self.founded_on_label.setBuddy(self.founded_on_edit)
        self.province_label.setBuddy(self.province_edit)
        self.city_label.setBuddy(self.city_edit)
        self.district_label.setBuddy(self.district_edit)
        self.address_label.setBuddy(self.address_edit)
        self.brands_label.setBuddy(self.brands_edit)
        self.main_models_label.setBuddy(self.main_models_edit)
        self.annual_sales_label.setBuddy(self.annual_sales_edit)
        self.contact_name_label.setBuddy(self.contact_name_edit)
        self.contact_phone_label.setBuddy(self.contact_phone_edit)
        self.premium_scale_label.setBuddy(self.premium_scale_edit)
        self.business_structure_label.setBuddy(self.business_structure_edit)
        self.new_car_rate_label.setBuddy(self.new_car_rate_edit)
        self.renewal_rate_label.setBuddy(self.renewal_rate_edit)
        self.repair_needs_label.setBuddy(self.repair_needs_edit)
        self.brands_repaired_label.setBuddy(self.brands_repaired_edit)
        self.entity_structure_label.setBuddy(self.entity_structure_edit)
        self.willingness_label.setBuddy(self.willingness_combo)
        self.licence_no_label.setBuddy(self.licence_no_edit)
        self.licence_expiry_label.setBuddy(self.licence_expiry_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DealerFileDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DealerFileDialog)
    # setupUi

    def retranslateUi(self, DealerFileDialog):
        DealerFileDialog.setWindowTitle(QCoreApplication.translate("DealerFileDialog", u"Dealer file", None))
        self.title_label.setText(QCoreApplication.translate("DealerFileDialog", u"New dealer", None))
        self.audit_label.setText("")
        self.legal_name_label.setText(QCoreApplication.translate("DealerFileDialog", u"Legal name *", None))
        self.legal_name_edit.setPlaceholderText(QCoreApplication.translate("DealerFileDialog", u"e.g. \u676d\u5dde\u9a8f\u901a\u4e30\u7530\u6c7d\u8f66\u9500\u552e\u670d\u52a1\u6709\u9650\u516c\u53f8", None))
        self.short_name_label.setText(QCoreApplication.translate("DealerFileDialog", u"Short name", None))
        self.uscc_label.setText(QCoreApplication.translate("DealerFileDialog", u"Unified social credit code", None))
        self.uscc_edit.setPlaceholderText(QCoreApplication.translate("DealerFileDialog", u"18 characters", None))
        self.dealer_type_label.setText(QCoreApplication.translate("DealerFileDialog", u"Dealer type", None))
        self.founded_on_label.setText(QCoreApplication.translate("DealerFileDialog", u"Founded", None))
        self.founded_on_edit.setDisplayFormat(QCoreApplication.translate("DealerFileDialog", u"yyyy-MM-dd", None))
        self.founded_on_edit.setSpecialValueText("")
        self.province_label.setText(QCoreApplication.translate("DealerFileDialog", u"Province", None))
        self.city_label.setText(QCoreApplication.translate("DealerFileDialog", u"City", None))
        self.district_label.setText(QCoreApplication.translate("DealerFileDialog", u"District", None))
        self.address_label.setText(QCoreApplication.translate("DealerFileDialog", u"Address", None))
        self.brands_label.setText(QCoreApplication.translate("DealerFileDialog", u"Brands sold", None))
        self.brands_edit.setPlaceholderText(QCoreApplication.translate("DealerFileDialog", u"separate with \u3001 or commas", None))
        self.main_models_label.setText(QCoreApplication.translate("DealerFileDialog", u"Main models", None))
        self.annual_sales_label.setText(QCoreApplication.translate("DealerFileDialog", u"Annual new-car sales", None))
        self.annual_sales_edit.setPlaceholderText(QCoreApplication.translate("DealerFileDialog", u"e.g. 2400 or 1.2\u4e07", None))
        self.contact_name_label.setText(QCoreApplication.translate("DealerFileDialog", u"Main contact", None))
        self.contact_phone_label.setText(QCoreApplication.translate("DealerFileDialog", u"Contact phone", None))
        self.contact_phone_edit.setPlaceholderText(QCoreApplication.translate("DealerFileDialog", u"mobile or landline with area code", None))
        self.sources_group.setTitle(QCoreApplication.translate("DealerFileDialog", u"Survey sources (SOP step 1: verified when two or more agree)", None))
        self.source_government_check.setText(QCoreApplication.translate("DealerFileDialog", u"Government department", None))
        self.source_association_check.setText(QCoreApplication.translate("DealerFileDialog", u"Industry association", None))
        self.source_media_check.setText(QCoreApplication.translate("DealerFileDialog", u"Media", None))
        self.source_web_check.setText(QCoreApplication.translate("DealerFileDialog", u"Web", None))
        self.source_magazine_check.setText(QCoreApplication.translate("DealerFileDialog", u"Magazine", None))
        self.source_newspaper_check.setText(QCoreApplication.translate("DealerFileDialog", u"Newspaper", None))
        self.source_field_check.setText(QCoreApplication.translate("DealerFileDialog", u"Field visit", None))
        self.verified_label.setText(QCoreApplication.translate("DealerFileDialog", u"Not verified", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basics_tab), QCoreApplication.translate("DealerFileDialog", u"Basics", None))
        self.premium_scale_label.setText(QCoreApplication.translate("DealerFileDialog", u"Own premium scale (\u00a5)", None))
        self.premium_scale_edit.setPlaceholderText(QCoreApplication.translate("DealerFileDialog", u"e.g. 8,500,000 or 850\u4e07", None))
        self.business_structure_label.setText(QCoreApplication.translate("DealerFileDialog", u"Business structure", None))
        self.new_car_rate_label.setText(QCoreApplication.translate("DealerFileDialog", u"New-car insurance rate (%)", None))
        self.new_car_rate_edit.setPlaceholderText(QCoreApplication.translate("DealerFileDialog", u"e.g. 85%", None))
        self.renewal_rate_label.setText(QCoreApplication.translate("DealerFileDialog", u"Renewal rate (%)", None))
        self.renewal_rate_edit.setPlaceholderText(QCoreApplication.translate("DealerFileDialog", u"e.g. 45%", None))
        self.repair_needs_label.setText(QCoreApplication.translate("DealerFileDialog", u"Repair-referral needs", None))
        self.brands_repaired_label.setText(QCoreApplication.translate("DealerFileDialog", u"Brands repaired", None))
        self.brands_repaired_edit.setPlaceholderText(QCoreApplication.translate("DealerFileDialog", u"separate with \u3001 or commas", None))
        self.entity_structure_label.setText(QCoreApplication.translate("DealerFileDialog", u"Contracting-entity structure", None))
        self.willingness_label.setText(QCoreApplication.translate("DealerFileDialog", u"Willingness to cooperate", None))
        self.licence_no_label.setText(QCoreApplication.translate("DealerFileDialog", u"Agency licence number", None))
        self.licence_expiry_label.setText(QCoreApplication.translate("DealerFileDialog", u"Agency licence expiry", None))
        self.licence_expiry_edit.setDisplayFormat(QCoreApplication.translate("DealerFileDialog", u"yyyy-MM-dd", None))
        self.licence_expiry_edit.setSpecialValueText("")
        self.insurers_group.setTitle(QCoreApplication.translate("DealerFileDialog", u"Current insurers and shares", None))
        self.add_insurer_button.setText(QCoreApplication.translate("DealerFileDialog", u"Add insurer", None))
        self.remove_insurer_button.setText(QCoreApplication.translate("DealerFileDialog", u"Remove insurer", None))
        self.tabs.setTabText(self.tabs.indexOf(self.findings_tab), QCoreApplication.translate("DealerFileDialog", u"Visit findings", None))
        self.add_person_button.setText(QCoreApplication.translate("DealerFileDialog", u"Add person\u2026", None))
        self.edit_person_button.setText(QCoreApplication.translate("DealerFileDialog", u"Edit\u2026", None))
        self.remove_person_button.setText(QCoreApplication.translate("DealerFileDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.people_tab), QCoreApplication.translate("DealerFileDialog", u"Key people", None))
        self.add_visit_button.setText(QCoreApplication.translate("DealerFileDialog", u"Add visit\u2026", None))
        self.edit_visit_button.setText(QCoreApplication.translate("DealerFileDialog", u"Edit\u2026", None))
        self.remove_visit_button.setText(QCoreApplication.translate("DealerFileDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.visits_tab), QCoreApplication.translate("DealerFileDialog", u"Visits", None))
        self.relationships_hint.setText(QCoreApplication.translate("DealerFileDialog", u"Who in our company knows this dealer's key people (\u4eba\u8109). Saved at once.", None))
        self.add_relationship_button.setText(QCoreApplication.translate("DealerFileDialog", u"Add relationship\u2026", None))
        self.remove_relationship_button.setText(QCoreApplication.translate("DealerFileDialog", u"Remove relationship", None))
        self.tabs.setTabText(self.tabs.indexOf(self.relationships_tab), QCoreApplication.translate("DealerFileDialog", u"Relationships", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notes_tab), QCoreApplication.translate("DealerFileDialog", u"Notes", None))
        self.error_summary_label.setText("")
    # retranslateUi

